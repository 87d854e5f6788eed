//! Property tests: no bytes and no edit of a valid dataset can make the loader panic.

use proptest::prelude::*;
use relief_dash::data::{self, shipped::EMBEDDED};

/// An edit of the valid dataset: replace a byte range with some bytes.
fn edited() -> impl Strategy<Value = Vec<u8>> {
    let len = EMBEDDED.len();
    (0..len, 0..64usize, prop::collection::vec(any::<u8>(), 0..16)).prop_map(
        move |(at, cut, insert)| {
            let mut bytes = EMBEDDED.as_bytes().to_vec();
            let end = (at + cut).min(len);
            bytes.splice(at..end, insert);
            bytes
        },
    )
}

/// An edit that swaps one JSON token for another likely to upset the checks.
fn token_swap() -> impl Strategy<Value = Vec<u8>> {
    let tokens = prop::sample::select(vec![
        "-1",
        "1e308",
        "-0",
        "1e-320",
        "\"1\"",
        "null",
        "[]",
        "{}",
        "true",
        "\"\"",
        "\"\\u001b\"",
        "\"\\u202e\"",
        "0.5",
        "1e400",
        "\"person\"",
        "\"x\"",
    ]);
    (0..EMBEDDED.len(), tokens).prop_map(|(mut at, tok)| {
        let s = EMBEDDED;
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        // replace the JSON value after the next ':' following `at`
        let Some(colon) = s[at..].find(':').map(|i| at + i + 1) else {
            return s.as_bytes().to_vec();
        };
        let end = s[colon..].find([',', '}', '\n']).map_or(s.len(), |i| colon + i);
        format!("{} {tok}{}", &s[..colon], &s[end..]).into_bytes()
    })
}

fn check(bytes: &[u8]) {
    match data::parse("prop.json", bytes) {
        Ok(d) => assert!(!d.indicators.is_empty()),
        Err(e) => {
            let lines = e.lines();
            assert!(!lines.is_empty());
            assert!(lines.iter().all(|l| l.starts_with("prop.json")), "{lines:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check(&bytes);
    }

    #[test]
    fn random_edits_never_panic(bytes in edited()) {
        check(&bytes);
    }

    #[test]
    fn token_swaps_never_panic(bytes in token_swap()) {
        check(&bytes);
    }
}
