//! Files the page hands to the user: CSV (UTF-8 with a byte-order mark, so
//! spreadsheet programs read Chinese headers correctly) and chart PNGs.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, Url};

/// Makes the browser save `href` as `filename`.
fn click_link(href: &str, filename: &str) -> Result<(), String> {
    let doc = crate::ui::browser::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| "cannot create a link")?
        .dyn_into()
        .map_err(|_| "not a link")?;
    a.set_href(href);
    a.set_download(filename);
    let body = doc.body().ok_or("no body")?;
    body.append_child(&a)
        .map_err(|_| "cannot attach the link")?;
    a.click();
    body.remove_child(&a).ok();
    Ok(())
}

/// Saves `text` as a CSV file, with a BOM.
pub fn save_csv(filename: &str, text: &str) -> Result<(), String> {
    save_text(
        filename,
        &format!("\u{FEFF}{text}"),
        "text/csv;charset=utf-8",
    )
}

/// Saves `text` as a JSON file (run files, assignments).
pub fn save_json(filename: &str, text: &str) -> Result<(), String> {
    save_text(filename, text, "application/json;charset=utf-8")
}

/// A file name from free text: letters, digits and dashes only.
pub fn file_stem(text: &str) -> String {
    let stem: String = text
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "run".into()
    } else {
        stem.chars().take(60).collect()
    }
}

pub fn save_text(filename: &str, text: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "cannot make the file")?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| "cannot make the file")?;
    let result = click_link(&url, filename);
    Url::revoke_object_url(&url).ok();
    result
}

/// Saves a canvas as a PNG file.
pub fn save_png(filename: &str, canvas: &HtmlCanvasElement) -> Result<(), String> {
    let url = canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| "cannot read the chart")?;
    click_link(&url, filename)
}
