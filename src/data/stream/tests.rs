//! The streamed read against a whole parse: any chunk size, one thread or two, traps.

use super::scan::whole_chars;
use super::*;
use crate::data::shipped::SHIPPED;

fn read_bytes(text: &[u8], chunk: usize, two_from: u64) -> Option<Dataset<RawIndicator>> {
    read_with(text, text.len() as u64, chunk, two_from)
}

#[test]
fn a_character_cut_by_a_read_waits_for_the_rest() {
    let s = "a平".as_bytes();
    assert_eq!(whole_chars(s), 4);
    assert_eq!(whole_chars(&s[..3]), 1);
    assert_eq!(whole_chars(&s[..2]), 1);
    assert_eq!(whole_chars(b""), 0);
    assert_eq!(whole_chars("😀".as_bytes()), 4);
    assert_eq!(whole_chars(&"😀".as_bytes()[..3]), 0);
}

#[test]
fn reads_the_same_dataset_as_a_whole_parse_whatever_the_chunks_and_threads() {
    for text in SHIPPED.iter().map(|s| s.1) {
        let whole: Dataset<RawIndicator> = serde_json::from_str(text).unwrap();
        for chunk in [1, 2, 3, 7, 64, 4096, 1 << 30] {
            for two_from in [0, u64::MAX] {
                let got = read_bytes(text.as_bytes(), chunk, two_from);
                assert_eq!(
                    got.as_ref(),
                    Some(&whole),
                    "chunk {chunk}, two threads {}",
                    two_from == 0
                );
            }
        }
        let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(read_bytes(&bom, 64, 0), Some(whole.clone()));
        assert_eq!(read_bytes(&bom, 64, u64::MAX), Some(whole));
    }
}

#[test]
fn a_place_inside_a_text_that_looks_like_a_figure_start_is_checked() {
    // The second thread is sent to a `}, {` inside a note: the first does not meet a
    // figure starting there, drops the second's work and reads on alone.
    let good = SHIPPED[0].1;
    let trap =
        good.replacen("选聘的乡村振兴指导员。", "选聘的乡村振兴指导员}, {\\\"x\\\": 1}。", 1);
    assert_ne!(trap, good);
    let whole: Dataset<RawIndicator> = serde_json::from_str(&trap).unwrap();
    let at = trap.find("}, {").unwrap() as u64;
    assert_eq!(figure_start_near(trap.as_bytes(), at - 1, trap.len() as u64), Some(at + 3));
    let src = trap.as_bytes();
    for chunk in [5, 64, 4096] {
        // Sent exactly there, and to the figures around it.
        let got = two_threads(src, src.len() as u64, chunk, at + 3);
        assert_eq!(got.as_ref(), Some(&whole), "chunk {chunk}");
        assert_eq!(read_bytes(src, chunk, 0).as_ref(), Some(&whole), "chunk {chunk}");
    }
}

#[test]
fn gives_up_on_what_is_not_a_good_dataset() {
    let good = SHIPPED[0].1;
    let cut = &good[..good.len() / 2];
    let bad_figure = good.replacen("\"value\": 46", "\"value\": \"46\"", 1);
    let not_object = good.replacen("\"indicators\": [", "\"indicators\": [1,", 1);
    let end = good.find("\n  ],\n  \"derived\"").unwrap();
    let trailing = format!("{},{}", &good[..end], &good[end..]);
    let leading = good.replacen("\"indicators\": [", "\"indicators\": [,", 1);
    let late = good.replacen("\"value\": 249.37", "\"value\": \"249.37\"", 1);
    let twice = good.replacen("\"indicators\": [", "\"indicators\": [], \"indicators\": [", 1);
    assert_ne!(trailing, good);
    assert_ne!(late, good);
    for text in [
        cut,
        &bad_figure,
        &not_object,
        &twice,
        &trailing,
        &leading,
        &late,
        "",
        "[]",
        "{\"indicators\": [}",
    ] {
        for two_from in [0, u64::MAX] {
            assert_eq!(read_bytes(text.as_bytes(), 64, two_from), None, "{:.60}", text);
        }
    }
    let mut not_utf8 = good.as_bytes().to_vec();
    let at = good.find("乡村振兴指导员").unwrap();
    not_utf8[at + 1] = 0xFF;
    assert_eq!(read_bytes(&not_utf8, 64, 0), None);
    assert_eq!(read_bytes(&not_utf8, 64, u64::MAX), None);
}
