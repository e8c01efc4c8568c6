//! Assignments as links: the assignment's JSON in URL-safe base64 after
//! `#assignment=`, so a lecturer can hand out an assignment as one address
//! (an LMS post, an e-mail) and opening it starts that assignment. Nothing
//! is sent anywhere: the fragment never leaves the browser.

use super::assignment::Assignment;
use super::run_file::{read_file, CrmLabFile, FileProblem};

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The longest link text accepted (a long bilingual brief is ~15 KB).
pub const MAX_LINK_CHARS: usize = 200_000;

/// Bytes as unpadded URL-safe base64 (RFC 4648 §5).
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The bytes of URL-safe base64 (padding and the standard alphabet's `+/`
/// accepted too); `None` if it is not base64.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        } as u32)
    };
    let digits: Vec<u8> = text.trim().trim_end_matches('=').bytes().collect();
    if digits.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        out.extend_from_slice(&n.to_be_bytes()[1..chunk.len()]);
    }
    Some(out)
}

/// The fragment text (after `#assignment=`) of an assignment.
pub fn encode(a: &Assignment) -> String {
    base64url(
        serde_json::to_string(a)
            .expect("an assignment serialises")
            .as_bytes(),
    )
}

/// The assignment in a link's text, checked like a file.
pub fn decode(code: &str) -> Result<Assignment, FileProblem> {
    if code.len() > MAX_LINK_CHARS {
        return Err(FileProblem::LinkTooLong {
            chars: code.chars().count(),
            max: MAX_LINK_CHARS,
        });
    }
    let bytes = from_base64url(code).ok_or(FileProblem::NotCrmLab)?;
    let text = String::from_utf8(bytes).map_err(|_| FileProblem::NotCrmLab)?;
    match read_file(&text)? {
        CrmLabFile::Assignment(a) => Ok(*a),
        CrmLabFile::Run(_) => Err(FileProblem::NotCrmLab),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coursework::assignment::{built_in, Bilingual};

    #[test]
    fn base64url_matches_the_standard_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(plain.as_bytes()), coded);
            assert_eq!(from_base64url(coded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert_eq!(from_base64url("+/8=").unwrap(), vec![0xfb, 0xff]);
        assert_eq!(from_base64url("Zm9v!"), None);
        assert_eq!(from_base64url("Z"), None);
    }

    #[test]
    fn an_assignment_survives_its_link() {
        for a in built_in() {
            let code = encode(&a);
            assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "URL-safe");
            assert_eq!(decode(&code).unwrap(), a);
        }
    }

    #[test]
    fn a_link_says_why_it_is_refused() {
        let code = |json: &str| base64url(json.as_bytes());
        let mut a = built_in().remove(0);
        let with = |a: &Assignment| serde_json::to_string(a).unwrap();
        a.id = "my id".into();
        let e = decode(&code(&with(&a))).unwrap_err();
        assert!(
            matches!(&e, FileProblem::Invalid(v) if v.field == "id" && v.to_string().contains("my id")),
            "{e:?}"
        );
        let mut b = built_in().remove(0);
        b.title = Bilingual::new(" ", "");
        let e = decode(&code(&with(&b))).unwrap_err();
        assert!(e.to_string().contains("at least one language"), "{e}");
        let brief_list = with(&built_in().remove(0)).replacen(
            "\"brief\":{",
            "\"brief\":[\"a\",\"b\"],\"x\":{",
            1,
        );
        assert!(
            decode(&code(&brief_list)).is_err(),
            "a list is not a bilingual text"
        );
        let quoted =
            with(&built_in().remove(0)).replace("\"format_version\":1", "\"format_version\":\"1\"");
        let e = decode(&code(&quoted)).unwrap_err();
        assert!(e.to_string().contains("whole number"), "{e}");
    }

    #[test]
    fn bad_links_are_refused_with_a_reason() {
        assert_eq!(decode("!!!"), Err(FileProblem::NotCrmLab));
        assert_eq!(decode(&base64url(b"\xff\xfe")), Err(FileProblem::NotCrmLab));
        assert!(matches!(
            decode(&base64url(b"{\"format\":\"crm-lab-assignment\"")),
            Err(FileProblem::NotJson(_))
        ));
        let mut a = built_in().remove(0);
        a.rounds = 0;
        let code = base64url(serde_json::to_string(&a).unwrap().as_bytes());
        assert!(matches!(decode(&code), Err(FileProblem::Invalid(e)) if e.field == "rounds"));
        // A truncated link (a mail program cut it) is not an assignment.
        let code = encode(&built_in().remove(1));
        assert!(decode(&code[..code.len() / 2]).is_err());
        assert!(matches!(
            decode(&"A".repeat(MAX_LINK_CHARS + 4)),
            Err(FileProblem::LinkTooLong { .. })
        ));
    }
}
