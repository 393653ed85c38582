//! The page's view: four steps, one under the other, readable at 390 px. It reads the file in
//! the browser, shows what `intake` found, previews the checked programme in the attendees'
//! app (an iframe of `./?programme=blob:…`: the app itself, reading the file from memory) and
//! offers it for download.

use leptos::ev;
use leptos::prelude::*;
use nec_compagnon::domain::{Lang, Problem};
use nec_compagnon::edge::{document, download, storage};
use nec_publish::sheet::Settings;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::intake::{self, Checked, Kind};
use crate::words::words;

/// A file read: its name, its bytes, what the check found.
#[derive(Clone)]
struct Read {
    name: String,
    checked: Checked,
}

#[component]
pub fn Publier() -> impl IntoView {
    // The language the person chose in the app, else French; shared with it.
    let lang = RwSignal::new(
        storage::read_text(storage::LANG_KEY)
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_default(),
    );
    Effect::new(move |_| {
        document::set_lang(lang.get().code());
        document::set_title(&format!("{} · NEC Compagnon", words(lang.get()).title));
    });
    let t = move || words(lang.get());
    let title = RwSignal::new(String::new());
    let zone = RwSignal::new(String::from("Europe/Paris"));
    let bytes = StoredValue::new(None::<(String, Vec<u8>)>);
    let read = RwSignal::new(None::<Read>);
    let reading = RwSignal::new(false);
    let unreadable = RwSignal::new(false);
    // The file picked last: a slower read of an earlier one is dropped when it ends.
    let latest = StoredValue::new(0_u32);
    forget_previews();

    // An empty name is the importer's default ("Programme"); the page says to fill it in.
    let settings = move || {
        let mut settings = Settings::default();
        let named = title.get_untracked();
        if !named.trim().is_empty() {
            settings.title = named.trim().to_owned();
        }
        settings.time_zone = zone.get_untracked().trim().to_owned();
        settings
    };
    let check = move || {
        if let Some((name, data)) = bytes.get_value() {
            let checked = intake::read(&name, &data, &settings());
            read.set(Some(Read { name, checked }));
        }
    };
    // What was shown of the file before goes at once: nothing of it can be downloaded by
    // mistake while the next one is read, or if it cannot be.
    let take = move |file: web_sys::File| {
        let this = latest.get_value().wrapping_add(1);
        latest.set_value(this);
        read.set(None);
        bytes.set_value(None);
        reading.set(true);
        unreadable.set(false);
        leptos::task::spawn_local(async move {
            let data = JsFuture::from(file.array_buffer())
                .await
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
            if latest.get_value() != this {
                return;
            }
            reading.set(false);
            match data {
                Ok(data) => {
                    bytes.set_value(Some((file.name(), data)));
                    check();
                }
                Err(_) => unreadable.set(true),
            }
        });
    };
    let on_pick = move |ev: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            take(file);
        }
        // The same file picked again, once corrected, is a change too.
        input.set_value("");
    };
    // A file dropped anywhere on the page is read (a browser would otherwise open it in place
    // of the page).
    let dragging = RwSignal::new(false);
    let _ = window_event_listener(ev::dragover, move |ev: ev::DragEvent| ev.prevent_default());
    let _ = window_event_listener(ev::drop, move |ev: ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0))
        {
            take(file);
        }
    });
    // A new title or zone reads a spreadsheet again.
    let on_setting = move |_| {
        if read.with_untracked(|r| r.as_ref().is_some_and(|r| r.checked.kind == Kind::Sheet)) {
            check();
        }
    };
    let unnamed = move || {
        title.with(|t| t.trim().is_empty())
            && read.with(|r| r.as_ref().is_some_and(|r| r.checked.kind == Kind::Sheet))
    };

    // The checked programme, in memory, at a `blob:` address the app reads like a file. The
    // same file checked again (a field left, the same file picked again) gives the same text:
    // the preview is not reloaded under the person's finger. Addresses are not revoked: a
    // preview opened in another tab keeps working while this page is open.
    let json = Memo::new(move |_| read.with(|r| r.as_ref().and_then(|r| r.checked.json.clone())));
    let preview = Memo::new(move |_| json.with(|json| json.as_deref().and_then(blob_url)));
    let app_address = move || {
        preview
            .get()
            .map(|url| {
                format!(
                    "./?programme={}",
                    String::from(js_sys::encode_uri_component(&url))
                )
            })
            .unwrap_or_default()
    };

    view! {
        <header class="top">
            <p class="brand">"NEC Compagnon"</p>
            <button type="button" class="lang" lang=move || t().other_lang_code
                on:click=move |_| {
                    let next = if lang.get_untracked() == Lang::Fr { Lang::En } else { Lang::Fr };
                    storage::write_text(storage::LANG_KEY, next.code());
                    lang.set(next);
                }>
                {move || t().other_lang}
            </button>
        </header>
        <main id="contenu">
            <h1>{move || t().title}</h1>
            <p class="intro">{move || t().intro}</p>

            <section aria-labelledby="etape-fichier">
                <h2 id="etape-fichier">{move || t().step_file}</h2>
                <p>{move || t().accepted}</p>
                <ul class="templates">
                    <li><a href="modele-programme.csv" download>{move || t().template}</a></li>
                    <li><a href="modele-programme-nec2022.csv" download>{move || t().template_filled}</a></li>
                </ul>
                <fieldset>
                    <legend>{move || t().sheet_settings}</legend>
                    <label for="titre">{move || t().event_title}</label>
                    <input id="titre" type="text" autocomplete="off"
                        placeholder=move || t().event_title_hint
                        prop:value=move || title.get()
                        on:input=move |ev| title.set(event_target_value(&ev))
                        on:change=on_setting/>
                    <label for="fuseau">{move || t().time_zone}</label>
                    <input id="fuseau" type="text" list="fuseaux" autocomplete="off" spellcheck="false"
                        aria-describedby="fuseau-aide"
                        prop:value=move || zone.get()
                        on:input=move |ev| zone.set(event_target_value(&ev))
                        on:change=on_setting/>
                    <p id="fuseau-aide" class="hint">{move || t().time_zone_hint}</p>
                    <datalist id="fuseaux">
                        {known_zones().into_iter().map(|z| view! { <option value=z/> }).collect_view()}
                    </datalist>
                </fieldset>
                <div class="drop" class:over=move || dragging.get()
                    on:dragover=move |ev: ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                    on:dragleave=move |_| dragging.set(false)>
                    <label for="fichier" class="button">{move || t().choose}</label>
                    <input id="fichier" type="file" class="visually-hidden"
                        accept=".csv,.tsv,.txt,.json,.ods,.xlsx,.xls,.xlsm,.numbers,text/csv,text/comma-separated-values,text/plain,application/json,application/vnd.ms-excel"
                        on:change=on_pick/>
                    <span class="or-drop">" "{move || t().or_drop}</span>
                </div>
            </section>

            <section aria-labelledby="etape-verification">
                <h2 id="etape-verification">{move || t().step_check}</h2>
                <div role="status" aria-live="polite" class="verdict">
                    {move || {
                        let w = t();
                        if reading.get() {
                            return view! { <p>{w.reading}</p> }.into_any();
                        }
                        if unreadable.get() {
                            return view! { <p class="bad">{w.unreadable}</p> }.into_any();
                        }
                        match read.get() {
                            None => view! { <p class="hint">{w.nothing_yet}</p> }.into_any(),
                            Some(r) => verdict(&r, lang.get()).into_any(),
                        }
                    }}
                </div>
                {move || unnamed().then(|| view! { <p class="note">{t().unnamed}</p> })}
                {move || read.get().map(|r| problems(&r.checked, lang.get()))}
            </section>

            <Show when=move || preview.with(Option::is_some)>
                <section aria-labelledby="etape-apercu">
                    <h2 id="etape-apercu">{move || t().step_preview}</h2>
                    <p>{move || t().preview_intro}</p>
                    <p><a href=app_address target="_blank" rel="noopener">{move || t().preview_tab}</a></p>
                    <iframe class="preview" src=app_address title=move || t().preview_frame></iframe>
                </section>
                <section aria-labelledby="etape-telecharger">
                    <h2 id="etape-telecharger">{move || t().step_download}</h2>
                    <button type="button" class="button" on:click=move |_| {
                        if let Some(json) = json.get_untracked() {
                            download::download("programme.json", "application/json", &json);
                        }
                    }>{move || t().download}</button>
                    <p>{move || t().download_then}</p>
                </section>
            </Show>
        </main>
    }
}

/// One sentence: whether the file can be published, and how many problems it has.
fn verdict(r: &Read, lang: Lang) -> impl IntoView {
    let w = words(lang);
    let c = &r.checked;
    let name = format!("{} ({})", r.name, (w.kind)(c.kind));
    if c.kind == Kind::Workbook {
        return view! { <p class="bad">{w.workbook}</p> }.into_any();
    }
    match c.counts {
        Some(counts) if c.errors.is_empty() => {
            view! { <p class="good">{(w.verdict_ready)(&name, c.warnings.len(), counts)}</p> }
                .into_any()
        }
        _ => view! { <p class="bad">{(w.verdict_errors)(&name, c.errors.len(), c.warnings.len())}</p> }
            .into_any(),
    }
}

/// The errors, then the warnings, each with its place first.
fn problems(c: &Checked, lang: Lang) -> impl IntoView {
    let w = words(lang);
    let list = move |heading: &'static str, class: &'static str, items: &[Problem]| {
        (!items.is_empty()).then(|| {
            let items = items
                .iter()
                .map(|p| {
                    // A sheet's problems say their row and column in their sentence.
                    let place = (!p.path.is_empty())
                        .then(|| view! { <span class="place">{p.path.clone()}</span>" " });
                    view! { <li>{place}{p.what(lang)}</li> }
                })
                .collect_view();
            view! {
                <h3>{heading}</h3>
                <ul class=format!("problems {class}")>{items}</ul>
            }
        })
    };
    view! {
        {list(w.errors, "errors", &c.errors)}
        {list(w.warnings, "warnings", &c.warnings)}
    }
}

/// A `blob:` address for `json`, valid as long as this page is open.
fn blob_url(json: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&json.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Every zone the browser knows (`Intl.supportedValuesOf`), for the time zone field's list.
fn known_zones() -> Vec<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok();
    let list = intl.and_then(|intl| {
        let f = js_sys::Reflect::get(&intl, &"supportedValuesOf".into()).ok()?;
        let f: js_sys::Function = f.dyn_into().ok()?;
        f.call1(&intl, &"timeZone".into()).ok()
    });
    list.map(|l| {
        js_sys::Array::from(&l)
            .iter()
            .filter_map(|z| z.as_string())
            .collect()
    })
    .unwrap_or_default()
}

/// The preview's agenda and notes from an earlier visit (`nec.apercu.*`, see
/// `edge::storage`): a new file starts with none of them.
fn forget_previews() {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return;
    };
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with("nec.apercu."))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}
