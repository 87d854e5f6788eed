//! Every bad-input fixture produces exactly the messages written beside it.
//!
//! `tests/fixtures/bad/NAME.json` is loaded as `NAME.json`; the lines of the error must equal
//! `NAME.expected`. Set `UPDATE_FIXTURES=1` to rewrite the expectations (then review the diff).

use std::fs;
use std::path::Path;

use relief_dash::data::{self, ErrorKind, load::MAX_BYTES};

const DIR: &str = "tests/fixtures/bad";

#[test]
fn every_bad_fixture_gives_its_message() {
    let mut names: Vec<_> = fs::read_dir(DIR)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    assert!(names.len() >= 15, "only {} bad fixtures", names.len());
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut failures = Vec::new();
    for path in names {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = fs::read(&path).unwrap();
        let err = match data::parse(&name, &bytes) {
            Ok(_) => {
                failures.push(format!("{name}: loaded without error"));
                continue;
            }
            Err(e) => e,
        };
        let got = err.lines().join("\n") + "\n";
        let expected_path = path.with_extension("expected");
        if update {
            fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!("{name}:\n  expected: {expected:?}\n  got:      {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_good_fixture_loads() {
    let d = data::load_path(Path::new("tests/fixtures/good/other-region.json")).unwrap();
    assert_eq!(d.indicators.len(), 4);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(fs::read("tests/fixtures/good/other-region.json").unwrap());
    assert!(data::parse("bom.json", &bytes).is_ok());
}

#[test]
fn missing_file_and_directory_have_their_own_messages() {
    let e = data::load_path(Path::new("tests/fixtures/no-such-file.json")).unwrap_err();
    assert_eq!(e.to_string(), "tests/fixtures/no-such-file.json: no such file");
    let e = data::load_path(Path::new("tests/fixtures")).unwrap_err();
    assert_eq!(e.to_string(), "tests/fixtures: is a directory, not a dataset file");
}

#[test]
fn a_file_over_the_limit_is_refused_without_reading_it() {
    let dir = std::env::temp_dir().join(format!("relief-dash-big-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.json");
    let f = fs::File::create(&path).unwrap();
    f.set_len(MAX_BYTES + 1).unwrap(); // sparse: no disk used
    let e = data::load_path(&path).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::TooLarge { .. }), "{e}");
    assert!(e.to_string().ends_with("file is 134217729 bytes, over the limit of 134217728 bytes"));
    let stream = std::io::repeat(b' ').take(MAX_BYTES + 10);
    let e = data::load_reader("<stdin>", stream).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::TooLarge { .. }), "{e}");
    fs::remove_dir_all(&dir).unwrap();
}

/// Whether this process runs as root (whom file permissions do not stop).
fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_has_its_own_message() {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("relief-dash-perm-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.join("locked.json");
    fs::write(&path, "{}").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    let message = if is_root() {
        // Root reads anything: check as the unprivileged user `nobody` instead, so the
        // permission really is denied (CI runs as root).
        let out = std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_relief-dash"))
            .arg("check")
            .arg(&path)
            .output()
            .expect("setpriv runs the binary as nobody");
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        String::from_utf8_lossy(&out.stderr).into_owned()
    } else {
        data::load_path(&path).unwrap_err().to_string()
    };
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        message.trim_end(),
        format!("{}: cannot read: Permission denied (os error 13)", path.display())
    );
}

use std::io::Read;
