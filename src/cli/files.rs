//! Files as the command line reads them: at most `MAX_FILE_BYTES`, decoded as
//! the page decodes a chosen file, and only regular files (a folder, a named
//! pipe that would block or a device is refused by what it is).

use std::io::Read;
use std::path::Path;

use crate::coursework::run_file::{decode_bytes, MAX_FILE_BYTES};

/// The text of `path`, or one line naming the `what` file and the reason.
pub(super) fn read_file(path: &str, what: &str) -> Result<String, String> {
    read_limited(Path::new(path)).map_err(|why| format!("cannot read {what} file '{path}': {why}"))
}

/// The text of `path`, or why it cannot be read.
pub(super) fn read_limited(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            "a broken link (its target does not exist)".to_string()
        }
        _ => e.to_string(),
    })?;
    if !meta.is_file() {
        return Err(not_a_regular_file(&meta.file_type()));
    }
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    decode_bytes(&bytes).map_err(|e| e.to_string())
}

/// What a path that is not a regular file is, in words.
fn not_a_regular_file(t: &std::fs::FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "not a regular file but a named pipe".into();
        }
        if t.is_char_device() || t.is_block_device() {
            return "not a regular file but a device".into();
        }
        if t.is_socket() {
            return "not a regular file but a socket".into();
        }
    }
    if t.is_dir() {
        "not a file but a folder".into()
    } else {
        "not a regular file".into()
    }
}

/// Writes `text` to `path`, or one line naming the file and the reason.
pub(super) fn write_file(path: &str, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write '{path}': {e}"))
}
