//! Steps said one after the other in one sentence (`text::in_one_sentence`).

use crate::domain::Lang;

/// Steps joined in one sentence.
pub struct TextWords {
    /// Between two steps: French puts a no-break space before the semicolon.
    pub step_separator: &'static str,
}

pub fn text_words(lang: Lang) -> &'static TextWords {
    lang.pick(&FR, &EN)
}

pub const FR: TextWords = TextWords {
    step_separator: "\u{a0}; ",
};

pub const EN: TextWords = TextWords {
    step_separator: "; ",
};
