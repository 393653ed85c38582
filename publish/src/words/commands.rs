//! The organisers' commands' words (`cargo nec-data`): what they print, and what they say when
//! they fail, each naming the file.

use nec_compagnon::domain::words::counts::Noun;
use nec_compagnon::domain::Lang;

pub struct CommandWords {
    /// The labels before each problem, as wide as each other.
    pub error: &'static str,
    pub warning: &'static str,
    pub errors: Noun,
    pub warnings: Noun,
    pub problems: Noun,
    /// What a programme holds.
    pub sessions: Noun,
    pub spaces: Noun,
    pub speakers: Noun,
    /// What a venue map holds (and `spaces`).
    pub levels: Noun,
    pub edges: Noun,
    /// Takes the counted problems.
    pub map_invalid: fn(&str) -> String,
    /// The path, then the system's reason.
    pub cannot_read: fn(&str, &str) -> String,
    pub cannot_write: fn(&str, &str) -> String,
    pub importing: fn(&str) -> String,
    pub cannot_import: fn(&str) -> String,
    /// The spreadsheet, then the time zone of its times.
    pub importing_sheet: fn(&str, &str) -> String,
    pub sheet_not_imported: fn(&str) -> String,
    /// The CSV file written, then how many sessions it has.
    pub sheet_written: fn(&str, usize) -> String,
    pub converted_not_valid: &'static str,
    /// The file written, then its counts.
    pub wrote: fn(&str, &str) -> String,
    /// The page, then the mark it lacks.
    pub no_mark: fn(&str, &str) -> String,
    /// The programme file, then why it gives no first view.
    pub no_first_view: fn(&str, &str) -> String,
    /// The first view's size in bytes, then the page.
    pub first_view_written: fn(usize, &str) -> String,
    /// Before the message of a command that failed.
    pub failed: fn(&str) -> String,
    pub usage: &'static str,
}

pub fn command_words(lang: Lang) -> &'static CommandWords {
    lang.pick(&FR, &EN)
}

pub const FR: CommandWords = CommandWords {
    error: "erreur       ",
    warning: "avertissement",
    errors: Noun {
        one: "erreur",
        many: "erreurs",
    },
    warnings: Noun {
        one: "avertissement",
        many: "avertissements",
    },
    problems: Noun {
        one: "problème",
        many: "problèmes",
    },
    sessions: Noun {
        one: "session",
        many: "sessions",
    },
    spaces: Noun {
        one: "espace",
        many: "espaces",
    },
    speakers: Noun {
        one: "intervenante ou intervenant",
        many: "intervenantes et intervenants",
    },
    levels: Noun {
        one: "niveau",
        many: "niveaux",
    },
    edges: Noun {
        one: "passage",
        many: "passages",
    },
    map_invalid: |problems| format!("le fichier du plan est invalide : {problems}"),
    cannot_read: |path, why| format!("impossible de lire {path} : {why}"),
    cannot_write: |path, why| format!("impossible d'écrire {path} : {why}"),
    importing: |input| format!("import de {input} (schedule.json c3voc)"),
    cannot_import: |input| format!("{input} ne peut pas être importé"),
    importing_sheet: |input, zone| {
        format!("import de {input} (tableur, une ligne par session, heures de {zone})")
    },
    sheet_not_imported: |input| {
        format!(
            "{input} ne peut pas être importé : corrigez dans le tableur chaque case nommée \
             ci-dessus, puis relancez (voir docs/spreadsheet-format.md)"
        )
    },
    sheet_written: |output, n| format!("{output} écrit : {n} lignes de session"),
    converted_not_valid: "le programme converti ne passe pas le validateur",
    wrote: |output, counts| format!("{output} écrit : {counts}"),
    no_mark: |page, mark| format!("{page} n'a pas la marque {mark}"),
    no_first_view: |programme, why| format!("première vue : aucune, {programme} : {why}"),
    first_view_written: |size, page| {
        format!(
            "première vue : {size} octets des sessions du premier jour, en français et en \
             anglais, dans {page}"
        )
    },
    failed: |message| format!("erreur : {message}"),
    usage: "\
usage : cargo nec-data <commande>   (--en : messages en anglais)

  check-data FICHIER [--en]         vérifie un fichier de programme : chaque erreur et
                                    chaque avertissement avec son chemin JSON
  check-venue FICHIER [PROGRAMME] [--en]
                                    vérifie un fichier de plan, et qu'il a chaque espace
                                    de PROGRAMME
  import-c3voc ENTREE SORTIE [--en] convertit un schedule.json c3voc (frab, pretalx) au
                                    format du programme, puis le vérifie
  import-sheet ENTREE SORTIE [--titre T] [--fuseau ZONE] [--en]
                                    lit un tableur (.csv, .ods, .xlsx ; une ligne par
                                    session, voir docs/spreadsheet-format.md) comme programme
                                    nommé T, heures de ZONE (Europe/Paris sans --fuseau),
                                    puis le vérifie
  export-sheet PROGRAMME SORTIE.csv écrit PROGRAMME comme le modèle de tableur (CSV UTF-8,
                                    séparé par des « ; »)
  first-view PROGRAMME PAGE         écrit le premier jour de PROGRAMME en HTML simple dans
                                    PAGE (index.html) à sa marque <!-- first-view --> : ce
                                    que /programme montre avant que le WASM tourne (la
                                    construction le fait)
",
};

pub const EN: CommandWords = CommandWords {
    error: "error  ",
    warning: "warning",
    errors: Noun {
        one: "error",
        many: "errors",
    },
    warnings: Noun {
        one: "warning",
        many: "warnings",
    },
    problems: Noun {
        one: "problem",
        many: "problems",
    },
    sessions: Noun {
        one: "session",
        many: "sessions",
    },
    spaces: Noun {
        one: "space",
        many: "spaces",
    },
    speakers: Noun {
        one: "speaker",
        many: "speakers",
    },
    levels: Noun {
        one: "level",
        many: "levels",
    },
    edges: Noun {
        one: "edge",
        many: "edges",
    },
    map_invalid: |problems| format!("the map file is invalid: {problems}"),
    cannot_read: |path, why| format!("cannot read {path}: {why}"),
    cannot_write: |path, why| format!("cannot write {path}: {why}"),
    importing: |input| format!("importing {input} (c3voc schedule.json)"),
    cannot_import: |input| format!("{input} cannot be imported"),
    importing_sheet: |input, zone| {
        format!("importing {input} (spreadsheet, one row per session, times in {zone})")
    },
    sheet_not_imported: |input| {
        format!(
            "{input} cannot be imported: fix each cell named above in the spreadsheet, then \
             run again (see docs/spreadsheet-format.md)"
        )
    },
    sheet_written: |output, n| format!("wrote {output}: {n} session rows"),
    converted_not_valid: "the converted programme does not pass the validator",
    wrote: |output, counts| format!("wrote {output}: {counts}"),
    no_mark: |page, mark| format!("{page} has no {mark} mark"),
    no_first_view: |programme, why| format!("first view: none, {programme}: {why}"),
    first_view_written: |size, page| {
        format!(
            "first view: {size} bytes of the first day's sessions, in French and English, in \
             {page}"
        )
    },
    failed: |message| format!("error: {message}"),
    usage: "\
usage: cargo nec-data <command>   (--en: messages in English)

  check-data FILE [--en]          check a programme file: every error and warning with
                                  its JSON path
  check-venue FILE [PROGRAMME] [--en]
                                  check a venue map file, and that it has every space
                                  of PROGRAMME
  import-c3voc IN OUT [--en]      convert a c3voc schedule.json (frab, pretalx) to the
                                  programme format, then check it
  import-sheet IN OUT [--titre T] [--fuseau ZONE] [--en]
                                  read a spreadsheet (.csv, .ods, .xlsx; one row per
                                  session, see docs/spreadsheet-format.md) as a programme
                                  named T, times in ZONE (Europe/Paris without --fuseau),
                                  then check it
  export-sheet PROGRAMME OUT.csv  write PROGRAMME as the spreadsheet template (CSV UTF-8,
                                  separated by \";\")
  first-view PROGRAMME PAGE       write the first day of PROGRAMME as plain HTML into
                                  PAGE (index.html) at its <!-- first-view --> mark: what
                                  /programme shows until the WASM runs (the build does it)
",
};
