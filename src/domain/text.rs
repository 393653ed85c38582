//! Small text helpers shared by the domain: folding French accents, making ids, steps in one
//! sentence.

use crate::domain::words::text::text_words;
use crate::domain::Lang;

/// Lower case without accents or ligatures: "Œuvre Réseau" becomes "oeuvre reseau".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // ASCII runs are copied and lowered in bulk; other characters go one by one.
    while !rest.is_empty() {
        let run = rest.find(|c: char| !c.is_ascii()).unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..run]);
        out[from..].make_ascii_lowercase();
        rest = &rest[run..];
        let Some(c) = rest.chars().next() else { break };
        rest = &rest[c.len_utf8()..];
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
                out.push('a')
            }
            'ç' | 'Ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => out.push('i'),
            'ñ' | 'Ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => out.push('u'),
            'ý' | 'ÿ' | 'Ý' | 'Ÿ' => out.push('y'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            '’' | '‘' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// An id made of `a-z`, `0-9` and single dashes: "Saal GLITCH" becomes "saal-glitch".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Steps said one after the other in one sentence: "Avancez tout droit, 20 m ; puis à gauche,
/// 40 m" (each step but the first starts in lower case, as after a semicolon; in French a
/// no-break space before it).
pub fn in_one_sentence(steps: &[String], lang: Lang) -> String {
    let separator = text_words(lang).step_separator;
    steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let mut chars = step.chars();
            match chars.next() {
                Some(first) if i > 0 => first.to_lowercase().chain(chars).collect(),
                _ => step.clone(),
            }
        })
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        let cases = [
            ("Réseau", "reseau"),
            ("Cybersécurité", "cybersecurite"),
            ("Œuvre", "oeuvre"),
            ("mise en œuvre", "mise en oeuvre"),
            ("Ça DÉPEND", "ca depend"),
            ("Straße", "strasse"),
            ("l’État", "l'etat"),
        ];
        for (text, expected) in cases {
            assert_eq!(fold(text), expected, "{text}");
        }
    }

    #[test]
    fn slugs() {
        let cases = [
            ("Saal GLITCH", "saal-glitch"),
            ("r3s - Monheim/Rhein", "r3s-monheim-rhein"),
            ("  Éducation populaire ! ", "education-populaire"),
            ("Talk 30 min + 10min Q&A", "talk-30-min-10min-q-a"),
            ("???", ""),
        ];
        for (text, expected) in cases {
            assert_eq!(slug(text), expected, "{text}");
        }
    }

    #[test]
    fn steps_after_the_first_start_in_lower_case() {
        let steps = [
            "Avancez tout droit, 20 m".to_owned(),
            "Puis à gauche, 40 m".to_owned(),
            "Élevez-vous".to_owned(),
        ];
        assert_eq!(
            in_one_sentence(&steps, Lang::Fr),
            "Avancez tout droit, 20 m\u{a0}; puis à gauche, 40 m\u{a0}; élevez-vous"
        );
        let steps = [
            "Go straight on, 20 m".to_owned(),
            "Then left, 40 m".to_owned(),
        ];
        assert_eq!(
            in_one_sentence(&steps, Lang::En),
            "Go straight on, 20 m; then left, 40 m"
        );
        assert_eq!(in_one_sentence(&[], Lang::Fr), "");
        assert_eq!(in_one_sentence(&["Seul".to_owned()], Lang::Fr), "Seul");
    }
}
