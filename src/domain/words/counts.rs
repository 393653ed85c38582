//! How each language counts things: the one plural rule, and the count of sessions that the
//! programme's day, the first view and the commands show.

use crate::domain::Lang;

pub struct CountWords {
    /// Whether `n` things take the singular: French says "0 erreur", English "0 errors".
    pub singular: fn(usize) -> bool,
    /// "aucune session", "1 session", "12 sessions".
    pub sessions: fn(usize) -> String,
}

pub fn count_words(lang: Lang) -> &'static CountWords {
    lang.pick(&FR, &EN)
}

pub const FR: CountWords = CountWords {
    singular: |n| n <= 1,
    sessions: |n| match n {
        0 => "aucune session".into(),
        1 => "1 session".into(),
        n => format!("{n} sessions"),
    },
};

pub const EN: CountWords = CountWords {
    singular: |n| n == 1,
    sessions: |n| match n {
        0 => "no sessions".into(),
        1 => "1 session".into(),
        n => format!("{n} sessions"),
    },
};

/// A noun in its two numbers, as a table writes it: `Noun { one: "erreur", many: "erreurs" }`.
#[derive(Debug, Clone, Copy)]
pub struct Noun {
    pub one: &'static str,
    pub many: &'static str,
}

impl Noun {
    /// `n` and the noun in the number `lang` gives it: "0 erreur", "0 errors", "2 erreurs".
    pub fn count(&self, n: usize, lang: Lang) -> String {
        let noun = if (count_words(lang).singular)(n) {
            self.one
        } else {
            self.many
        };
        format!("{n} {noun}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_each_language() {
        let errors = |lang: Lang| {
            lang.pick(
                Noun {
                    one: "erreur",
                    many: "erreurs",
                },
                Noun {
                    one: "error",
                    many: "errors",
                },
            )
        };
        let cases = [
            (0, Lang::Fr, "0 erreur"),
            (1, Lang::Fr, "1 erreur"),
            (2, Lang::Fr, "2 erreurs"),
            (0, Lang::En, "0 errors"),
            (1, Lang::En, "1 error"),
        ];
        for (n, lang, expected) in cases {
            assert_eq!(errors(lang).count(n, lang), expected);
        }
    }
}
