//! Opening a file the user chooses (a run file or an assignment), read in
//! the browser: nothing is uploaded. Oversized files are refused before
//! they are read.

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;

use crate::coursework::run_file::MAX_FILE_BYTES;
use crate::coursework::FileProblem;

/// The text of the file chosen in `input`, if one was chosen.
pub async fn read_chosen(input: &HtmlInputElement) -> Option<Result<String, FileProblem>> {
    let file = input.files()?.get(0)?;
    // Choosing the same file again must fire `change` again.
    input.set_value("");
    if file.size() > MAX_FILE_BYTES as f64 {
        return Some(Err(FileProblem::TooLarge {
            bytes: file.size() as usize,
        }));
    }
    let text = JsFuture::from(file.text()).await.ok()?.as_string()?;
    Some(Ok(text))
}
