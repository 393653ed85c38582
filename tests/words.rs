//! One word per thing: the strings follow `docs/glossary.md`. Every word in its "Not in French"
//! and "Not in English" columns is refused in the strings of that language.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, PartialEq, Debug)]
enum Lang {
    Fr,
    En,
}

/// One row of the glossary: the terms in each language, and the words not to use.
struct Row {
    fr: Vec<String>,
    en: Vec<String>,
    not_fr: Vec<String>,
    not_en: Vec<String>,
}

impl Row {
    fn terms(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
    fn refused(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Fr => &self.not_fr,
            Lang::En => &self.not_en,
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The words in backticks in a table cell.
fn backticked(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_lowercase)
        .collect()
}

fn glossary() -> Vec<Row> {
    let text = fs::read_to_string(root().join("docs/glossary.md")).expect("docs/glossary.md");
    text.lines()
        .filter(|line| line.starts_with("| ") && !line.starts_with("| Français"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split('|').collect();
            assert_eq!(cells.len(), 5, "a glossary row has five columns: {line}");
            Row {
                fr: backticked(cells[0]),
                en: backticked(cells[1]),
                not_fr: backticked(cells[3]),
                not_en: backticked(cells[4]),
            }
        })
        .collect()
}

/// Where `word` is in `text` as a whole word (both lower case).
fn whole_words(text: &str, word: &str) -> Vec<usize> {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word)
        .map(|(i, _)| i)
        .filter(|&i| {
            !is_word(text[..i].chars().next_back())
                && !is_word(text[i + word.len()..].chars().next())
        })
        .collect()
}

fn whole_word_at(text: &str, word: &str) -> Option<usize> {
    whole_words(text, word).first().copied()
}

/// The refused words `text` uses, once the glossary's own terms are taken out of it.
fn refused_in(text: &str, rows: &[Row], lang: Lang) -> Vec<String> {
    let mut text = text.to_lowercase();
    let mut terms: Vec<&String> = rows.iter().flat_map(|r| r.terms(lang)).collect();
    terms.sort_by_key(|t| std::cmp::Reverse(t.len()));
    for term in terms {
        for i in whole_words(&text, term).into_iter().rev() {
            text.replace_range(i..i + term.len(), " | ");
        }
    }
    rows.iter()
        .flat_map(|r| r.refused(lang))
        .filter_map(|word| {
            whole_word_at(&text, word).map(|i| {
                let start = text[..i].char_indices().rev().nth(30).map_or(0, |(j, _)| j);
                let end = (i + word.len() + 30).min(text.len());
                let end = (end..=text.len())
                    .find(|&e| text.is_char_boundary(e))
                    .unwrap();
                format!("«{word}» in «…{}…»", &text[start..end])
            })
        })
        .collect()
}

/// The contents of the string literals in Rust source, escapes read.
fn literals(source: &str) -> String {
    let code: String = source
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = String::new();
    let mut chars = code.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        if c == '"' && previous != '\'' {
            while let Some(c) = chars.next() {
                match c {
                    '"' => break,
                    '\\' => match chars.next() {
                        Some('n') => out.push('\n'),
                        Some('u') => {
                            let code: String = chars.by_ref().take_while(|&c| c != '}').collect();
                            let code = u32::from_str_radix(code.trim_start_matches('{'), 16);
                            out.extend(code.ok().and_then(char::from_u32));
                        }
                        Some('\n') => {
                            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                                chars.next();
                            }
                        }
                        Some(other) => out.push(other),
                        None => {}
                    },
                    c => out.push(c),
                }
            }
            out.push('\n');
        }
        previous = c;
    }
    out
}

/// A table file's French and English strings: those of its items named `FR` or `…_fr` (or
/// about French), and `EN` or `…_en`. Other items (structs, tests) are neither.
fn table_strings(source: &str) -> (String, String) {
    let (mut fr, mut en) = (String::new(), String::new());
    let mut item: Option<Lang> = None;
    let mut body = String::new();
    let mut flush = |item: Option<Lang>, body: &mut String| {
        match item {
            Some(Lang::Fr) => fr.push_str(&literals(body)),
            Some(Lang::En) => en.push_str(&literals(body)),
            None => {}
        }
        body.clear();
    };
    for line in source.lines() {
        let starts_item = !line.starts_with([' ', '}', ')', ']']) && !line.is_empty();
        if starts_item {
            flush(item, &mut body);
            let name = line
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .skip_while(|w| !matches!(*w, "const" | "fn" | "static"))
                .nth(1)
                .unwrap_or("");
            item = if name == "FR" || name.ends_with("_fr") || name.contains("french") {
                Some(Lang::Fr)
            } else if name == "EN" || name.ends_with("_en") {
                Some(Lang::En)
            } else {
                None
            };
        }
        body.push_str(line);
        body.push('\n');
    }
    flush(item, &mut body);
    (fr, en)
}

/// The start screen's text: English where an element says `lang="en"`, French elsewhere.
fn page_strings(html: &str) -> (String, String) {
    let mut text = html.to_owned();
    for (open, close) in [
        ("<!--", "-->"),
        ("<script", "</script>"),
        ("<style", "</style>"),
    ] {
        while let Some(start) = text.find(open) {
            let end = text[start..]
                .find(close)
                .map_or(text.len(), |e| start + e + close.len());
            text.replace_range(start..end, " ");
        }
    }
    let (mut fr, mut en) = (String::new(), String::new());
    for element in text.split('<') {
        let (tag, words) = element.split_once('>').unwrap_or(("", element));
        if tag.contains("lang=\"en\"") {
            en.push_str(words);
        } else {
            fr.push_str(words);
        }
        en.push(' ');
        fr.push(' ');
    }
    (fr, en)
}

fn files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn the_strings_follow_the_glossary() {
    let rows = glossary();
    assert!(
        rows.len() >= 20,
        "docs/glossary.md should hold the app's terms"
    );
    let mut tables: Vec<PathBuf> = [
        "src/ui/i18n.rs",
        "src/ui/i18n_access.rs",
        "src/ui/i18n_agenda.rs",
    ]
    .iter()
    .map(|f| root().join(f))
    .collect();
    tables.extend(files("src/domain/words"));
    tables.extend(files("publish/src/words"));

    let mut texts = Vec::new();
    for path in &tables {
        let (fr, en) = table_strings(&fs::read_to_string(path).unwrap());
        assert!(
            path.ends_with("mod.rs") || (!fr.is_empty() && !en.is_empty()),
            "{}: no French or no English table found",
            relative(path)
        );
        texts.push((relative(path), fr, en));
    }
    let (fr, en) = page_strings(&fs::read_to_string(root().join("index.html")).unwrap());
    texts.push(("index.html".into(), fr, en));
    let manifest = fs::read_to_string(root().join("public/manifest.webmanifest")).unwrap();
    texts.push((
        "public/manifest.webmanifest".into(),
        manifest,
        String::new(),
    ));

    let mut wrong = Vec::new();
    for (file, fr, en) in &texts {
        for (lang, text) in [(Lang::Fr, fr), (Lang::En, en)] {
            for found in refused_in(text, &rows, lang) {
                wrong.push(format!("{file} ({lang:?}): {found}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "words that docs/glossary.md says not to use:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_glossary_refuses_no_term_of_its_own() {
    let rows = glossary();
    for lang in [Lang::Fr, Lang::En] {
        let terms: Vec<&String> = rows.iter().flat_map(|r| r.terms(lang)).collect();
        for word in rows.iter().flat_map(|r| r.refused(lang)) {
            assert!(
                !terms.contains(&word),
                "{word} is both a term and refused ({lang:?})"
            );
        }
    }
}

#[test]
fn refused_words_are_found_as_whole_words_outside_the_terms() {
    let rows = glossary();
    let cases = [
        ("Les intervenants de la session", Lang::Fr, 1),
        ("Intervenantes et intervenants", Lang::Fr, 0),
        ("Une intervenante ou intervenant", Lang::Fr, 0),
        ("Intervenants et intervenantes", Lang::Fr, 2),
        ("Salon Artois · 1er niveau", Lang::Fr, 1),
        ("Salon Artois · niveau 1", Lang::Fr, 0),
        ("Sous-titrage (CC)", Lang::Fr, 1),
        ("Live captions (CC)", Lang::En, 0),
        ("CCAS de Lens", Lang::Fr, 0),
        ("Open all along", Lang::En, 1),
        ("Sans marche ni escalier", Lang::Fr, 1),
        ("Sans marches", Lang::Fr, 0),
        ("Mes favoris, mon planning", Lang::Fr, 2),
        ("Vous êtes arrivé : Salon Artois", Lang::Fr, 1),
        ("Arrivée : Salon Artois", Lang::Fr, 0),
    ];
    for (text, lang, expected) in cases {
        let found = refused_in(text, &rows, lang);
        assert_eq!(found.len(), expected, "{text}: {found:?}");
    }
}

#[test]
fn a_table_file_splits_into_its_languages() {
    let source = "pub struct W {\n    pub a: &'static str,\n}\n\npub const FR: W = W {\n    a: \"Vous y êtes\\u{a0}: \\\"ici\\\"\",\n};\n\npub const EN: W = W {\n    // \"a comment\"\n    a: \"You are \\\n        there\",\n};\n\nfn countdown_fr() -> String {\n    format!(\"Dans {}\", '\"')\n}\n";
    let (fr, en) = table_strings(source);
    assert_eq!(fr, "Vous y êtes\u{a0}: \"ici\"\nDans {}\n");
    assert_eq!(en, "You are there\n");
}
