//! What organisers and the build run, never the attendees' app: the c3voc and spreadsheet
//! importers, the start screen's first view written at build time, and the data commands
//! (`cargo nec-data`). It uses the app's own domain, so a file is checked here exactly as the
//! app reads it.

pub mod c3voc;
pub mod commands;
pub mod preview;
pub mod sheet;
pub mod words;
