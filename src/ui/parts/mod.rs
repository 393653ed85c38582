//! What several pages show: a session's card, the star, notes, the calendar button, clashes and
//! changes, the QR code, the notices, the loading and error states.

pub mod calendar;
pub mod card;
pub mod clashes;
pub mod notes;
pub mod notices;
pub mod qr;
pub mod star;
pub mod states;
