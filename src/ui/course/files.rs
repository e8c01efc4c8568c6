//! Opening a file the user chooses (a run file or an assignment), read in
//! the browser: nothing is uploaded. Oversized files are refused before
//! they are read; the bytes are read as `crm-lab grade` reads them.

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
    // Bytes, decoded as the command line decodes them (a UTF-16 file from
    // Notepad, a UTF-8 mark, bytes that are not UTF-8): one reader, one
    // verdict.
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Some(crate::coursework::run_file::decode_bytes(&bytes))
}
