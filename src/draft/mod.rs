//! Drafting a dataset from a report's text (or a saved web page's article, [`page`]):
//! `relief-dash draft REPORT.txt`.
//!
//! Rule-based: a table of measure words and units ([`measure`]), numerals ([`number`]),
//! qualifier words and date patterns ([`scan`], [`when`]) and topic words ([`topic`]). What it
//! cannot know (English labels, notes, the outlet) is written as `TODO`, which `check`
//! reports as "to do".

pub mod build;
pub mod decode;
pub mod figure;
pub mod found;
pub mod label;
pub mod measure;
pub mod meta;
pub mod number;
pub mod page;
pub mod quotes;
pub mod review;
pub mod scan;
pub mod tables;
pub mod topic;
pub mod when;
