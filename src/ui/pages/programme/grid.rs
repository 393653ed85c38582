//! The day as a table: spaces in columns, times in rows.

use std::sync::Arc;

use jiff::civil::Date;
use leptos::prelude::*;

use crate::domain::grid::{grid, Cell};
use crate::domain::model::SessionStatus;
use crate::domain::{time, Programme};
use crate::ui::basics::{in_page, link, use_lang};
use crate::ui::i18n::strings;
use crate::ui::parts::star::Star;

/// The day as a table: spaces in columns, times in rows, each session spanning its rows.
#[component]
pub fn GridView(programme: Arc<Programme>, day: Date, sessions: Vec<usize>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let t = strings(lang);
        let g = grid(&programme, day, &sessions);
        let hhmm = |m: i64| format!("{:02}:{:02}", m / 60 % 24, m % 60);
        let heads = g
            .spaces
            .iter()
            .map(|id| {
                let space = programme.space(id);
                let (name, written) = space.map(|s| in_page(&s.name, lang)).unwrap_or_default();
                let level = space.map(|s| (t.level)(s.level)).unwrap_or_default();
                view! { <th scope="col"><span lang=written>{name}</span><span class="level">{level}</span></th> }
            })
            .collect_view();
        let rows = g
            .rows
            .iter()
            .enumerate()
            .map(|(r, row)| {
                let cells = row
                    .iter()
                    .map(|cell| match cell {
                        Cell::Empty => view! { <td class="free"></td> }.into_any(),
                        Cell::Covered => ().into_any(),
                        Cell::Start { sessions, rows } => {
                            let items = sessions
                                .iter()
                                .map(|&i| {
                                    let s = &programme.sessions()[i];
                                    let (_, start) = programme.local(s.start);
                                    let (_, end) = programme.local(s.end);
                                    let href = link(&format!("/session/{}", s.data.id));
                                    let cancelled = s.data.status == SessionStatus::Cancelled;
                                    let format = programme
                                        .format(&s.data.format)
                                        .map(|f| f.label.get(lang).to_owned())
                                        .unwrap_or_default();
                                    view! {
                                        <div class="grid-session" class:cancelled=cancelled>
                                            <a href=href lang=s.data.text_lang().map(str::to_owned)>{s.data.title.clone()}</a>
                                            <span class="when">{time::format_time_range(start, end)}</span>
                                            <span class="format">{format}</span>
                                            {cancelled.then(|| view! {
                                                <span class="badge badge-cancelled">{t.cancelled}</span>
                                            })}
                                            <Star id=s.data.id.clone() title=s.data.title.clone() compact=true/>
                                        </div>
                                    }
                                })
                                .collect_view();
                            view! { <td rowspan=rows.to_string()>{items}</td> }.into_any()
                        }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row"><time>{hhmm(g.times[r])}</time></th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let caption = format!(
            "{} · {} · {}",
            t.view_grid,
            time::format_day(day, lang),
            (t.grid_rooms)(g.spaces.len())
        );
        let region = caption.clone();
        view! {
            <div class="grid-scroll" role="region" aria-label=region tabindex="0">
                <table class="grid">
                    <caption>{caption}</caption>
                    <thead><tr><th scope="col">{t.time_column}</th>{heads}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    }
}
