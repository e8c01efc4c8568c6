//! Assignments as links: the assignment's JSON in URL-safe base64 after
//! `#assignment=`, so a lecturer can hand out an assignment as one address
//! (an LMS post, an e-mail) and opening it starts that assignment. Nothing
//! is sent anywhere: the fragment never leaves the browser.

use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine as _;

use super::assignment::Assignment;
use super::run_file::{read_file, CrmLabFile, FileProblem};

/// The longest link text accepted (a long bilingual brief is ~15 KB).
pub const MAX_LINK_CHARS: usize = 200_000;

/// URL-safe base64 (RFC 4648 §5) without padding when writing; padding and
/// stray trailing bits are accepted when reading, as a link typed or
/// copied by hand may have them.
const LINK_BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// Bytes as unpadded URL-safe base64 (RFC 4648 §5).
pub fn base64url(bytes: &[u8]) -> String {
    LINK_BASE64.encode(bytes)
}

/// The bytes of URL-safe base64 (padding and the standard alphabet's `+/`
/// accepted too); `None` if it is not base64.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let url_safe = text.trim().replace('+', "-").replace('/', "_");
    LINK_BASE64.decode(url_safe).ok()
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
            assert!(
                code.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
                "URL-safe"
            );
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
        assert!(e.to_string().contains("format_version"), "{e}");
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
