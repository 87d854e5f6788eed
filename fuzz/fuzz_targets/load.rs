//! Fuzz target: any bytes through the loader; a dataset that loads is also rendered,
//! exported and reloaded, and must come back identical.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relief_dash::Lang;
use relief_dash::app::{Action, App, Tab, update};

fuzz_target!(|bytes: &[u8]| {
    let Ok(d) = relief_dash::data::parse("fuzz.json", bytes) else { return };
    let mut json = Vec::new();
    relief_dash::export::write_json(&d, &mut json).unwrap();
    let again = relief_dash::data::parse("again.json", &json).expect("export reloads");
    assert_eq!(again, d);
    relief_dash::export::write_csv(&d, std::io::sink()).unwrap();
    let mut app = App::new(d, Lang::Zh, (100, 30));
    for tab in 0..app.tab_count() {
        update(&mut app, Action::GoTab(Tab::from_index(tab)));
        let _ = relief_dash::ui::render_text(&app);
    }
});
