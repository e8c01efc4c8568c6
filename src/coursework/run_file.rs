//! Run files: what a student hands in — the assignment, the seed, every
//! round's decisions, name and notes, the version of CRM Lab that made it,
//! and the results summary. Opening one replays the decisions and compares
//! the replayed results with the file's: equal to the last bit is
//! *verified*; any difference (an edited number, a changed decision) is
//! *not verified*, with what differs.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::sim::validation::ValidationError;
use crate::sim::Levers;

use super::assignment::{Assignment, ASSIGNMENT_FORMAT};
use super::play::Playthrough;
use super::scoring::Results;

/// The `format` field of a run file.
pub const RUN_FORMAT: &str = "crm-lab-run";

/// The run-file version this build writes, and the oldest it reads.
/// Version 2: care by channel (the channel mix replaced the single
/// retention spend, which a version-1 file's levers are read as; see
/// `sim::channels`). A file of an earlier version opens, but the model that
/// made its figures is not this one: its verification says so first.
pub const RUN_FORMAT_VERSION: u32 = 2;
pub const OLDEST_RUN_FORMAT_VERSION: u32 = 1;

/// The field a verification names when the file was made by an earlier
/// model (its `format_version` is older than [`RUN_FORMAT_VERSION`]).
pub const EARLIER_MODEL: &str = "format_version";

/// Files larger than this are refused unread (a run file is a few tens of KB).
pub const MAX_FILE_BYTES: usize = 2_000_000;

/// This build's version, written into every run file.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A student's run, as handed in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunFile {
    /// Always [`RUN_FORMAT`].
    pub format: String,
    pub format_version: u32,
    /// The CRM Lab version that wrote the file.
    pub app_version: String,
    pub student: String,
    pub notes: String,
    pub assignment: Assignment,
    pub seed: u64,
    /// The levers submitted, one per round played.
    pub decisions: Vec<Levers>,
    pub results: Results,
}

impl RunFile {
    /// The file for a playthrough as it stands.
    pub fn of(p: &Playthrough, student: &str, notes: &str) -> RunFile {
        RunFile {
            format: RUN_FORMAT.into(),
            format_version: RUN_FORMAT_VERSION,
            app_version: APP_VERSION.into(),
            student: student.into(),
            notes: notes.into(),
            assignment: p.assignment().clone(),
            seed: p.seed(),
            decisions: p.decisions().to_vec(),
            results: Results::of(p),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a run file serialises")
    }
}

/// What a JSON reader found wrong, and where: its sentence (English, as
/// serde words it; it names the field when one is missing or unknown) and
/// the position in the text (1-based line and column; 0 when unknown). The
/// pages say it in the reader's language (`ui::messages::json_problem`).
#[derive(Clone, Debug, PartialEq)]
pub struct JsonProblem {
    pub message: String,
    /// The field, where the sentence does not name it (empty otherwise).
    pub field: &'static str,
    pub line: usize,
    pub column: usize,
}

impl JsonProblem {
    /// A problem with no position (found after reading, on a value).
    pub fn new(message: impl Into<String>) -> Self {
        JsonProblem {
            message: message.into(),
            field: "",
            line: 0,
            column: 0,
        }
    }

    /// From serde_json's error, without the " at line L column C" its
    /// sentence ends with (the position is kept apart).
    pub fn of(e: &serde_json::Error) -> Self {
        let text = e.to_string();
        let message = match text.rfind(" at line ") {
            Some(i) if e.line() > 0 => text[..i].to_string(),
            _ => text,
        };
        JsonProblem {
            message,
            field: "",
            line: e.line(),
            column: e.column(),
        }
    }

    /// Whether the sentence mentions `s`.
    pub fn mentions(&self, s: &str) -> bool {
        self.message.contains(s)
    }
}

impl std::fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        write!(f, "{}", crate::sim::validation::tidy(&self.message))?;
        if self.line > 0 {
            write!(f, " at line {} column {}", self.line, self.column)?;
        }
        Ok(())
    }
}

/// What a file or link with nothing in it is told.
pub const EMPTY: &str = "it is empty";

/// Reads `text` as a `T`, giving the position of a problem.
fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, JsonProblem> {
    serde_json::from_str(text).map_err(|e| JsonProblem::of(&e))
}

/// Why a file could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum FileProblem {
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON at all.
    NotJson(JsonProblem),
    /// JSON, but not a CRM Lab file.
    NotCrmLab,
    /// A CRM Lab assignment where a run file was expected.
    NotRunFile,
    /// An assignment link longer than a link may be: its length and the
    /// most a link may have (characters).
    LinkTooLong { chars: usize, max: usize },
    /// Written by a newer CRM Lab than this one.
    NewerVersion { found: u64 },
    /// Older than the oldest version this build reads.
    TooOld { found: u64 },
    /// A CRM Lab file with a missing or malformed field.
    Malformed(JsonProblem),
    /// A field outside what is allowed.
    Invalid(ValidationError),
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileProblem::TooLarge { .. } => write!(
                f,
                "the file is too large: a CRM Lab file is at most {MAX_FILE_BYTES} bytes"
            ),
            FileProblem::NotJson(e) => write!(f, "the file is not JSON ({e})"),
            FileProblem::NotCrmLab => write!(f, "the file is not a CRM Lab run or assignment file"),
            FileProblem::LinkTooLong { chars, max } => write!(
                f,
                "the link is {chars} characters long; an assignment link is at most {max} (was it pasted twice?)"
            ),
            FileProblem::NotRunFile => write!(
                f,
                "the file is a CRM Lab assignment, not a run file: a student's run is needed here"
            ),
            FileProblem::NewerVersion { found } => write!(
                f,
                "the file is format version {found}, newer than this CRM Lab reads ({RUN_FORMAT_VERSION}): open it with a newer CRM Lab"
            ),
            FileProblem::TooOld { found } => write!(
                f,
                "the file is format version {found}, older than this CRM Lab reads ({OLDEST_RUN_FORMAT_VERSION})"
            ),
            FileProblem::Malformed(e) => write!(f, "the file is damaged or incomplete ({e})"),
            FileProblem::Invalid(e) => write!(f, "{e}"),
        }
    }
}

/// A CRM Lab file of either kind.
#[derive(Clone, Debug, PartialEq)]
pub enum CrmLabFile {
    Run(Box<RunFile>),
    Assignment(Box<Assignment>),
}

/// Reads a run or an assignment file, whichever it is.
pub fn read_file(text: &str) -> Result<CrmLabFile, FileProblem> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(FileProblem::NotJson(JsonProblem::new(EMPTY)));
    }
    let value: Value = parse(text).map_err(FileProblem::NotJson)?;
    let format = value.get("format").and_then(Value::as_str);
    let version = value.get("format_version").and_then(Value::as_u64);
    match (format, version) {
        (Some(RUN_FORMAT), Some(v)) => {
            check_version(v)?;
            // Read again from the text, so a problem has its line and column.
            let file: RunFile = parse(text).map_err(FileProblem::Malformed)?;
            file.assignment.validate().map_err(FileProblem::Invalid)?;
            Ok(CrmLabFile::Run(Box::new(file)))
        }
        (Some(ASSIGNMENT_FORMAT), Some(v)) => {
            check_version(v)?;
            let a: Assignment = parse(text).map_err(FileProblem::Malformed)?;
            a.validate().map_err(FileProblem::Invalid)?;
            Ok(CrmLabFile::Assignment(Box::new(a)))
        }
        (Some(RUN_FORMAT | ASSIGNMENT_FORMAT), None) => {
            /// Only the version, read again to say where it goes wrong.
            #[derive(Deserialize)]
            struct Version {
                #[allow(dead_code)]
                format_version: u64,
            }
            Err(FileProblem::Malformed(match parse::<Version>(text) {
                Err(p) => JsonProblem {
                    field: "format_version",
                    ..p
                },
                Ok(_) => JsonProblem::new("`format_version` must be a whole number such as 1"),
            }))
        }
        _ => Err(FileProblem::NotCrmLab),
    }
}

fn check_version(v: u64) -> Result<(), FileProblem> {
    if v > u64::from(RUN_FORMAT_VERSION) {
        Err(FileProblem::NewerVersion { found: v })
    } else if v < u64::from(OLDEST_RUN_FORMAT_VERSION) {
        Err(FileProblem::TooOld { found: v })
    } else {
        Ok(())
    }
}

/// Reads a run file (an assignment file is refused as not a run file).
/// A file's bytes as text, read the same way by the page and by the command
/// line (so both reach the same verdict on the same file): a UTF-16 file
/// with its byte-order mark (Notepad's "Unicode") is decoded as UTF-16; a
/// UTF-8 mark is dropped; bytes that are not UTF-8 become U+FFFD, as a
/// browser reads them. Too large a file is refused unread.
pub fn decode_bytes(bytes: &[u8]) -> Result<String, FileProblem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge { bytes: bytes.len() });
    }
    let utf16 = |units: Vec<u16>| String::from_utf16_lossy(&units);
    let text = match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(
            rest.chunks(2)
                .map(|c| u16::from_le_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                .collect(),
        ),
        [0xFE, 0xFF, rest @ ..] => utf16(
            rest.chunks(2)
                .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                .collect(),
        ),
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    };
    Ok(text)
}

/// Text as it may be shown and written to a CSV: the Unicode controls that
/// reorder text (bidi embeddings, overrides and isolates, and the marks)
/// are removed, so a name cannot make itself, or the cells after it, read
/// backwards; other control characters become spaces.
pub fn plain_text(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
            )
        })
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The assignment a run file is verified against: the one given (the
/// lecturer's own), or else the built-in one the file names, so an edited
/// copy of a built-in assignment (a lighter penalty) is never verified. The
/// page and `crm-lab grade` both verify through this.
pub fn verify_handed_in(file: &RunFile, given: Option<&Assignment>) -> Verification {
    let built_in = Assignment::built_in(&file.assignment.id);
    verify(file, given.or(built_in.as_ref()))
}

pub fn read_run_file(text: &str) -> Result<RunFile, FileProblem> {
    match read_file(text)? {
        CrmLabFile::Run(f) => Ok(*f),
        CrmLabFile::Assignment(_) => Err(FileProblem::NotRunFile),
    }
}

/// What a difference says was replayed when the decisions could not be.
pub const CANNOT_REPLAY: &str = "cannot be replayed";

/// One thing that differs between a file and its replay.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// Where, as a path: `results.score`, `results.rounds[2].profit`, `assignment`.
    pub field: String,
    pub in_file: String,
    pub replayed: String,
}

/// The outcome of verifying a run file.
#[derive(Clone, Debug)]
pub struct Verification {
    pub verified: bool,
    /// What differs (empty when verified).
    pub differences: Vec<Difference>,
    /// The replayed run, when the decisions could be replayed.
    pub replay: Option<Playthrough>,
}

/// Replays a run file and compares. With `official`, the file's assignment
/// must also be that assignment (a student cannot hand in an easier one).
pub fn verify(file: &RunFile, official: Option<&Assignment>) -> Verification {
    let mut differences = Vec::new();
    if file.format_version < RUN_FORMAT_VERSION {
        differences.push(Difference {
            field: EARLIER_MODEL.into(),
            in_file: file.format_version.to_string(),
            replayed: RUN_FORMAT_VERSION.to_string(),
        });
    }
    if let Some(o) = official {
        let changed = file.assignment.differences(o);
        if !changed.is_empty() {
            differences.push(Difference {
                field: "assignment".into(),
                in_file: changed.join(", "),
                replayed: format!("the official assignment '{}'", o.id),
            });
        }
        if file.seed != o.scenario.seed {
            differences.push(Difference {
                field: "seed".into(),
                in_file: file.seed.to_string(),
                replayed: o.scenario.seed.to_string(),
            });
        }
    }
    let replay = match Playthrough::replay(&file.assignment, file.seed, &file.decisions) {
        Ok(p) => p,
        Err(e) => {
            differences.push(Difference {
                field: e.field.clone(),
                in_file: e.to_string(),
                replayed: CANNOT_REPLAY.into(),
            });
            return Verification {
                verified: false,
                differences,
                replay: None,
            };
        }
    };
    let replayed = Results::of(&replay);
    let a = serde_json::to_value(&file.results).expect("results serialise");
    let b = serde_json::to_value(&replayed).expect("results serialise");
    diff_values("results", &a, &b, &mut differences);
    Verification {
        verified: differences.is_empty(),
        differences,
        replay: Some(replay),
    }
}

/// Every leaf that differs between two JSON values, as paths (also how a
/// league file's table is compared with its replay).
pub(crate) fn diff_values(path: &str, a: &Value, b: &Value, out: &mut Vec<Difference>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let (va, vb) = (
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                );
                diff_values(&format!("{path}.{k}"), va, vb, out);
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                diff_values(&format!("{path}[{i}]"), va, vb, out);
            }
        }
        _ if a != b => out.push(Difference {
            field: path.into(),
            in_file: short(a),
            replayed: short(b),
        }),
        _ => {}
    }
}

/// A value as a short text for a message.
fn short(v: &Value) -> String {
    match v {
        Value::Array(a) => format!("{} entries", a.len()),
        Value::Object(_) => "{…}".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coursework::assignment::built_in;

    fn played(rounds: u32) -> Playthrough {
        let mut a = built_in().remove(3);
        a.scenario.market_size = 2_000;
        let mut p = Playthrough::new(&a, a.scenario.seed).unwrap();
        let mut l = a.start_levers;
        for r in 0..rounds {
            l.price = 1.0 + 0.02 * f64::from(r);
            p.submit(&l).unwrap();
        }
        p
    }

    #[test]
    fn a_run_file_round_trips_and_verifies() {
        let p = played(4);
        let f = RunFile::of(&p, "李雷 Li Lei", "Raised the price a little each round.");
        let text = f.to_json();
        let back = read_run_file(&text).unwrap();
        assert_eq!(back, f);
        let v = verify(&back, None);
        assert!(v.verified, "{:?}", v.differences);
        assert_eq!(v.replay.unwrap().months(), p.months());
        let official = Assignment::built_in("pricing-and-cdv").unwrap();
        let v = verify(&back, Some(&official));
        assert_eq!(
            v.differences[0].field, "assignment",
            "a smaller market than the official one"
        );
        assert!(v.differences[0].in_file.contains("scenario"));
    }

    #[test]
    fn tampering_is_detected_and_named() {
        let f = RunFile::of(&played(3), "Han Meimei", "");
        // An edited number.
        let mut edited = f.clone();
        edited.results.score *= 1.1;
        let v = verify(&edited, None);
        assert!(!v.verified);
        assert_eq!(v.differences.len(), 1);
        assert_eq!(v.differences[0].field, "results.score");
        // A changed decision: the results no longer follow from it.
        let mut changed = f.clone();
        changed.decisions[1].price = 1.5;
        let v = verify(&changed, None);
        assert!(!v.verified);
        assert!(v.differences.iter().any(|d| d.field == "results.digest"));
        assert!(v
            .differences
            .iter()
            .any(|d| d.field.starts_with("results.rounds[1]")));
        // An edited round figure in the text itself.
        let text = f.to_json();
        let needle = format!(
            "\"customer_equity\": {}",
            serde_json::to_string(&f.results.rounds[0].customer_equity).unwrap()
        );
        assert!(text.contains(&needle));
        let tampered = text.replacen(&needle, "\"customer_equity\": 1.0", 1);
        let v = verify(&read_run_file(&tampered).unwrap(), None);
        assert_eq!(v.differences[0].field, "results.rounds[0].customer_equity");
        // A decision out of range cannot be replayed.
        let mut wild = f.clone();
        wild.decisions[0].care_phone = 99.0;
        let v = verify(&wild, None);
        assert!(!v.verified && v.replay.is_none());
        assert_eq!(v.differences[0].field, "decisions[0].care_phone");
    }

    #[test]
    fn bad_files_get_a_clear_problem() {
        let f = RunFile::of(&played(1), "x", "");
        let text = f.to_json();
        assert!(matches!(
            read_file("not json"),
            Err(FileProblem::NotJson(_))
        ));
        assert_eq!(read_file("{\"a\":1}"), Err(FileProblem::NotCrmLab));
        assert_eq!(read_file("[1,2]"), Err(FileProblem::NotCrmLab));
        let newer = text.replace(
            "\"format_version\": 2,\n  \"app_version\"",
            "\"format_version\": 9,\n  \"app_version\"",
        );
        assert_eq!(
            read_file(&newer),
            Err(FileProblem::NewerVersion { found: 9 })
        );
        let older = text.replace(
            "\"format_version\": 2,\n  \"app_version\"",
            "\"format_version\": 0,\n  \"app_version\"",
        );
        assert_eq!(read_file(&older), Err(FileProblem::TooOld { found: 0 }));
        let huge = format!("{text}{}", " ".repeat(MAX_FILE_BYTES));
        assert!(matches!(
            read_file(&huge),
            Err(FileProblem::TooLarge { .. })
        ));
        let missing = text.replace("\"student\": \"x\",", "");
        assert!(
            matches!(read_file(&missing), Err(FileProblem::Malformed(e)) if e.mentions("student"))
        );
        let bad_assignment = text.replace("\"rounds\": 12", "\"rounds\": 0");
        assert!(
            matches!(read_file(&bad_assignment), Err(FileProblem::Invalid(e)) if e.field == "rounds")
        );
        // A byte-order mark (some editors add one) is fine.
        assert!(read_run_file(&format!("\u{feff}{text}")).is_ok());
        // An assignment file opens as an assignment, and is not a run file.
        let a = built_in().remove(0);
        assert_eq!(
            read_file(&a.to_json()),
            Ok(CrmLabFile::Assignment(Box::new(a.clone())))
        );
        assert_eq!(read_run_file(&a.to_json()), Err(FileProblem::NotRunFile));
        for p in [
            FileProblem::TooLarge { bytes: 3 },
            FileProblem::NewerVersion { found: 2 },
            FileProblem::NotCrmLab,
            FileProblem::NotRunFile,
        ] {
            assert!(!p.to_string().contains('\n'));
        }
        let quoted = a
            .to_json()
            .replace("\"format_version\": 1", "\"format_version\": \"1\"");
        assert!(
            matches!(read_file(&quoted), Err(FileProblem::Malformed(m)) if m.field == "format_version" && m.line > 0),
            "a quoted version is not reported as missing"
        );
    }

    #[test]
    fn bytes_are_read_alike_everywhere_and_names_cannot_reorder_text() {
        let text = "{\"a\": \"Wáng 王\"}";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let mut bom8 = vec![0xEF, 0xBB, 0xBF];
        bom8.extend(text.as_bytes());
        for bytes in [le, be, bom8, text.as_bytes().to_vec()] {
            assert_eq!(decode_bytes(&bytes).unwrap(), text);
        }
        assert_eq!(decode_bytes(b"a\xffb").unwrap(), "a\u{fffd}b");
        assert!(matches!(
            decode_bytes(&vec![b' '; MAX_FILE_BYTES + 1]),
            Err(FileProblem::TooLarge { .. })
        ));
        assert_eq!(
            plain_text("Ali\u{202E}gnp.exe\u{2066}x\u{2069}"),
            "Alignp.exex"
        );
        assert_eq!(plain_text("a\tb\u{7}"), "a b ");
    }
}
