//! The filters' words (`query`): the names of languages.

use crate::domain::Lang;

/// The filters' words.
pub struct QueryWords {
    /// The names of the languages sessions are most often in, by code; another code is shown
    /// as it is.
    pub languages: [(&'static str, &'static str); 5],
}

pub fn query_words(lang: Lang) -> &'static QueryWords {
    lang.pick(&FR, &EN)
}

pub const FR: QueryWords = QueryWords {
    languages: [
        ("fr", "français"),
        ("en", "anglais"),
        ("de", "allemand"),
        ("es", "espagnol"),
        ("it", "italien"),
    ],
};

pub const EN: QueryWords = QueryWords {
    languages: [
        ("fr", "French"),
        ("en", "English"),
        ("de", "German"),
        ("es", "Spanish"),
        ("it", "Italian"),
    ],
};
