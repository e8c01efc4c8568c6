//! The coursework home: the assignments (built in, from a file or a link)
//! with a form to start one, the runs saved in this browser (continue,
//! report, rename, export, delete), and opening a run file, which is
//! replayed and shown as verified or not, with what differs.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::slots::{self, SlotMeta};
use super::{files, forget, keep, recall, start_run, words};
use crate::coursework::assignment::built_in;
use crate::coursework::run_file::{read_file, Difference};
use crate::coursework::{link, Assignment, CrmLabFile, RunFile};
use crate::i18n::Lang;
use crate::ui::download::{file_stem, save_json};
use crate::ui::format::{money, MoneyColumn};
use crate::ui::messages::{file_problem, Notice};
use crate::ui::prefs::use_prefs;
use crate::ui::route::{go, CourseRoute, Route};

/// A notice line with a dismiss button.
pub fn notice_view(lang: Lang, msg: &Option<Notice>, on_dismiss: Callback<MouseEvent>) -> Html {
    match msg {
        None => html! {},
        Some(m) => html! {
            <div class="notice" role="alert" id="notice">
                <span>{ m.text(lang) }</span>
                <button onclick={on_dismiss}>{ lang.t("common.dismiss") }</button>
            </div>
        },
    }
}

/// The limits and scoring of an assignment, as a list.
pub fn rules_view(lang: Lang, a: &Assignment) -> Html {
    let c = &a.constraints;
    let mut items = vec![words::score_rule(lang, a.scoring.metric, a.scoring.penalty)];
    if let Some(cap) = c.spend_cap {
        items.push(lang.tf(
            "course.limit.spend_cap.rule",
            &[("bound", &money(cap, lang))],
        ));
    }
    if let Some(f) = c.satisfaction_floor {
        items.push(lang.tf(
            "course.limit.satisfaction_floor.rule",
            &[("bound", &format!("{f} {}", lang.t("unit.points")))],
        ));
    }
    if let Some(f) = c.retention_floor {
        items.push(lang.tf(
            "course.limit.retention_floor.rule",
            &[("bound", &crate::ui::format::percent(f, 0))],
        ));
    }
    html! {
        <ul class="rules">{ for items.into_iter().map(|t| html! { <li>{ t }</li> }) }</ul>
    }
}

/// "8 rounds × 3 months"
pub fn rounds_text(lang: Lang, a: &Assignment) -> String {
    lang.tf(
        if a.round_months == 1 {
            "course.rounds_of_one"
        } else {
            "course.rounds_of"
        },
        &[
            ("rounds", &a.rounds.to_string()),
            ("months", &a.round_months.to_string()),
        ],
    )
}

#[derive(Properties, PartialEq)]
pub struct AssignmentCardProps {
    pub assignment: Rc<Assignment>,
    /// Show the brief and the start form open.
    #[prop_or_default]
    pub open: bool,
}

/// An assignment with its brief and a form to start it.
#[function_component(AssignmentCard)]
pub fn assignment_card(p: &AssignmentCardProps) -> Html {
    let l = use_prefs().lang;
    let a = p.assignment.clone();
    let starting = use_state(|| p.open);
    let student = use_node_ref();
    let name = use_node_ref();
    let problem = use_state(|| None::<Notice>);
    let id = format!("start-{}", a.id);
    let on_show = {
        let starting = starting.clone();
        Callback::from(move |_: MouseEvent| starting.set(true))
    };
    let on_start = {
        let (a, student, name, problem) =
            (a.clone(), student.clone(), name.clone(), problem.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value().trim().to_string())
                    .unwrap_or_default()
            };
            let who = value(&student);
            if who.is_empty() {
                problem.set(Some(Notice::new("course.msg_name_needed")));
                return;
            }
            let run_name = match value(&name) {
                n if n.is_empty() => who.clone(),
                n => n,
            };
            match start_run(&a, &who, &run_name) {
                Ok((id, _)) => go(&Route::Course(CourseRoute::Play(id))),
                Err(e) => problem.set(Some(Notice::problem(e))),
            }
        })
    };
    html! {
        <article class="assignment-card" data-assignment={a.id.clone()}>
            <h3>{ a.title.get(l) }</h3>
            <p class="chapter">{ l.tf("course.chapter", &[("chapter", a.chapter.get(l))]) }</p>
            <p class="meta">{ rounds_text(l, &a) }</p>
            { rules_view(l, &a) }
            <details open={*starting}>
                <summary>{ l.t("course.brief") }</summary>
                <div class="brief">{ for a.brief.get(l).split('\n').map(|para| html! { <p>{ para }</p> }) }</div>
            </details>
            if *starting {
                <form class="start-form" onsubmit={on_start}>
                    <div class="field">
                        <label for={format!("{id}-student")}>{ l.t("course.student") }</label>
                        <input type="text" id={format!("{id}-student")} ref={student} maxlength="80"
                            autocomplete="name" required=true />
                    </div>
                    <div class="field">
                        <label for={format!("{id}-name")}>{ l.t("course.run_name") }</label>
                        <input type="text" id={format!("{id}-name")} ref={name} maxlength="80"
                            placeholder={l.t("course.run_name_placeholder")} />
                    </div>
                    if let Some(m) = &*problem {
                        <p class="form-problem" role="alert">{ m.text(l) }</p>
                    }
                    <button type="submit" class="primary">{ l.t("course.start") }</button>
                </form>
            } else {
                <button class="primary start" onclick={on_show}>{ l.t("course.start_this") }</button>
            }
        </article>
    }
}

/// What opening a run file gave.
#[derive(Clone)]
struct Opened {
    slot: String,
    student: String,
    title: String,
    finished: bool,
    verified: bool,
    against_built_in: bool,
    differences: Vec<Difference>,
}

/// Keeps an opened run file as a slot and verifies it.
fn open_run(
    mut file: RunFile,
    lang: Lang,
) -> (Opened, Result<(), crate::ui::storage::StorageProblem>) {
    // A file's strings are bounded as the forms bound typed ones, and
    // stripped of the controls that could make a name read backwards.
    file.student = slots::bounded(
        &crate::coursework::run_file::plain_text(&file.student),
        slots::NAME_LIMIT,
    );
    file.notes = slots::bounded(&file.notes, slots::NOTES_LIMIT);
    let official = Assignment::built_in(&file.assignment.id);
    let v = crate::coursework::run_file::verify_handed_in(&file, None);
    let id = slots::new_id();
    let title = file.assignment.title.get(lang).to_string();
    let mut meta = SlotMeta::of(
        &id,
        &slots::bounded(&format!("{} — {}", file.student, title), slots::NAME_LIMIT),
        &file,
        slots::now_ms(),
    );
    // The list shows what the replay gives, not what the file claims.
    match &v.replay {
        Some(replay) => {
            let results = crate::coursework::Results::of(replay);
            meta.rounds_played = results.rounds_played;
            meta.score = results.score;
        }
        None => {
            meta.rounds_played = 0;
            meta.score = 0.0;
        }
    }
    meta.imported_verified = Some(v.verified);
    let saved = keep(&meta, &file);
    (
        Opened {
            slot: id,
            student: file.student.clone(),
            title,
            finished: file.results.finished,
            verified: v.verified,
            against_built_in: official.is_some(),
            differences: v.differences,
        },
        saved,
    )
}

#[function_component(CourseHome)]
pub fn course_home() -> Html {
    let l = use_prefs().lang;
    let saved = use_state(slots::listing);
    let notice = use_state(|| None::<Notice>);
    let opened = use_state(|| None::<Opened>);
    let from_file = use_state(|| None::<Rc<Assignment>>);
    let built: Rc<Vec<Rc<Assignment>>> =
        use_memo((), |_| built_in().into_iter().map(Rc::new).collect());
    let refresh = {
        let saved = saved.clone();
        move || saved.set(slots::listing())
    };

    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };
    let on_file = {
        let (notice, opened, from_file, refresh) = (
            notice.clone(),
            opened.clone(),
            from_file.clone(),
            refresh.clone(),
        );
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (notice, opened, from_file, refresh) = (
                notice.clone(),
                opened.clone(),
                from_file.clone(),
                refresh.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let Some(read) = files::read_chosen(&input).await else {
                    return;
                };
                match read.and_then(|text| read_file(&text)) {
                    Err(p) => {
                        opened.set(None);
                        notice.set(Some(Notice::with_file_problem(
                            "course.msg_file_refused",
                            p,
                        )));
                    }
                    Ok(CrmLabFile::Assignment(a)) => {
                        opened.set(None);
                        notice.set(None);
                        from_file.set(Some(Rc::new(*a)));
                    }
                    Ok(CrmLabFile::Run(f)) => {
                        let (o, stored) = open_run(*f, l);
                        notice.set(match stored {
                            Ok(()) => None,
                            Err(p) => Some(Notice::new(p.message_key())),
                        });
                        opened.set(Some(o));
                        refresh();
                    }
                }
            });
        })
    };

    let slot_rows = match &*saved {
        Err(p) => html! { <p class="notice" role="status">{ l.t(p.message_key()) }</p> },
        Ok(listing) => {
            let scores = MoneyColumn::of(listing.slots.iter().map(|m| m.score), l);
            let rows = listing
                .slots
                .iter()
                .map(|m| slot_row(l, m, scores, &notice, refresh.clone()));
            html! {
                <>
                    if let Some((backup, found)) = &listing.rebuilt {
                        <div class="notice" role="alert" id="slots-rebuilt">
                            <span>{ l.tf("course.index_rebuilt", &[("n", &found.to_string()), ("key", backup)]) }</span>
                        </div>
                    }
                    if listing.slots.is_empty() {
                        <p class="empty">{ l.t("course.no_saved_runs") }</p>
                    } else {
                        <table class="slots">
                            <caption class="sr-only">{ l.t("course.saved_runs") }</caption>
                            <thead><tr>
                                <th scope="col">{ l.t("course.run_name") }</th>
                                <th scope="col">{ l.t("course.assignment") }</th>
                                <th scope="col">{ l.t("course.progress") }</th>
                                <th scope="col">{ l.t("course.score") }</th>
                                <th scope="col">{ l.t("course.actions") }</th>
                            </tr></thead>
                            <tbody>{ for rows }</tbody>
                        </table>
                    }
                    if !listing.orphans.is_empty() {
                        <div class="orphans" id="orphans">
                            <h3>{ l.t("course.orphans") }</h3>
                            <p class="field-help">{ l.t("course.orphans.help") }</p>
                            <ul>{ for listing.orphans.iter().map(|id| orphan_row(l, id, &notice, refresh.clone())) }</ul>
                        </div>
                    }
                </>
            }
        }
    };
    let backups = crate::ui::storage::set_aside_values();

    html! {
        <div class="course-home">
            <p class="page-lead">{ l.t("course.lead") }</p>
            { notice_view(l, &notice, on_dismiss) }
            if let Some(o) = &*opened {
                { opened_view(l, o) }
            }
            if let Some(a) = &*from_file {
                <section aria-labelledby="from-file-heading">
                    <h2 id="from-file-heading">{ l.t("course.from_file") }</h2>
                    <AssignmentCard assignment={a.clone()} open=true />
                </section>
            }
            <section aria-labelledby="saved-heading">
                <h2 id="saved-heading">{ l.t("course.saved_runs") }</h2>
                { slot_rows }
                if !backups.is_empty() {
                    { backups_view(l, &backups, refresh.clone()) }
                }
            </section>
            <section aria-labelledby="assignments-heading">
                <h2 id="assignments-heading">{ l.t("course.assignments") }</h2>
                <div class="assignment-cards">
                    { for built.iter().map(|a| html! { <AssignmentCard assignment={a.clone()} /> }) }
                </div>
            </section>
            <section aria-labelledby="open-heading" class="open-file">
                <h2 id="open-heading">{ l.t("course.open_file") }</h2>
                <p class="field-help">{ l.t("course.open_file.help") }</p>
                // The browser's own file button speaks the browser's language;
                // this label is the visible button, in the page's.
                <input type="file" id="open-file" class="file-input" accept=".json,application/json" onchange={on_file} />
                <label for="open-file" class="button file-button">{ l.t("course.choose_file") }</label>
            </section>
            <section aria-labelledby="lecturer-heading">
                <h2 id="lecturer-heading">{ l.t("course.for_lecturers") }</h2>
                <p class="field-help">{ l.t("course.for_lecturers.help") }</p>
                <a class="button" id="open-editor" href={Route::Course(CourseRoute::Editor).fragment()}>{ l.t("course.editor") }</a>
            </section>
        </div>
    }
}

/// The verification outcome of an opened run file.
fn opened_view(l: Lang, o: &Opened) -> Html {
    let shown: Vec<&Difference> = o.differences.iter().take(8).collect();
    html! {
        <section class={classes!("verification", if o.verified { "verified" } else { "not-verified" })}
            id="verification" aria-live="polite">
            <h2>{ if o.verified { l.t("course.verified") } else { l.t("course.not_verified") } }</h2>
            <p>{ l.tf("course.opened_run", &[("student", &o.student), ("title", &o.title)]) }</p>
            <p class="field-help">{ if o.verified {
                if o.against_built_in { l.t("course.verified_help_built_in") } else { l.t("course.verified.help") }
            } else { l.t("course.not_verified.help") } }</p>
            if !shown.is_empty() {
                <ul class="differences">{ for shown.iter().map(|d| html! { <li>{ words::difference(l, d) }</li> }) }</ul>
                if o.differences.len() > shown.len() {
                    <p>{ l.tf("course.more_differences", &[("n", &(o.differences.len() - shown.len()).to_string())]) }</p>
                }
            }
            <div class="actions">
                <a class="button" href={Route::Course(CourseRoute::Report(o.slot.clone())).fragment()}>{ l.t("course.open_report") }</a>
                if !o.finished {
                    <a class="button" href={Route::Course(CourseRoute::Play(o.slot.clone())).fragment()}>{ l.t("course.continue") }</a>
                }
            </div>
        </section>
    }
}

/// A slot without an index entry: taken back into the list, or deleted.
fn orphan_row(
    l: Lang,
    id: &str,
    notice: &UseStateHandle<Option<Notice>>,
    refresh: impl Fn() + Clone + 'static,
) -> Html {
    let on_adopt = {
        let (id, notice, refresh) = (id.to_string(), notice.clone(), refresh.clone());
        Callback::from(move |_: MouseEvent| {
            if let Err(p) = slots::adopt(&id) {
                notice.set(Some(Notice::new(p.message_key())));
            }
            refresh();
        })
    };
    let on_delete = {
        let (id, notice, refresh) = (id.to_string(), notice.clone(), refresh.clone());
        Callback::from(move |_: MouseEvent| {
            let sure = crate::ui::browser::window()
                .and_then(|w| {
                    w.confirm_with_message(&l.tf("course.confirm_delete", &[("name", &id)]))
                        .ok()
                })
                .unwrap_or(false);
            if sure {
                if let Err(p) = slots::delete(&id) {
                    notice.set(Some(Notice::new(p.message_key())));
                }
                refresh();
            }
        })
    };
    let readable = slots::load(id).ok();
    html! {
        <li data-orphan={id.to_string()}>
            { match &readable {
                Some(f) => l.tf("course.orphan", &[("student", &slots::bounded(&f.student, slots::NAME_LIMIT)), ("rounds", &f.decisions.len().to_string())]),
                None => l.tf("course.orphan_unreadable", &[("id", id)]),
            } }
            { " " }
            if readable.is_some() {
                <button class="adopt" onclick={on_adopt}>{ l.t("course.adopt") }</button>
            }
            { " " }
            <button class="danger" onclick={on_delete}>{ l.t("course.delete") }</button>
        </li>
    }
}

/// What was set aside because it could not be read: downloadable, and
/// deletable once it is no longer wanted.
fn backups_view(
    l: Lang,
    backups: &[(String, usize)],
    refresh: impl Fn() + Clone + 'static,
) -> Html {
    html! {
        <div class="backups" id="backups">
            <h3>{ l.t("storage.backups") }</h3>
            <p class="field-help">{ l.t("storage.backups.help") }</p>
            <ul>
                { for backups.iter().map(|(key, len)| {
                    let on_download = {
                        let key = key.clone();
                        Callback::from(move |_: MouseEvent| {
                            let text = <gloo::storage::LocalStorage as gloo::storage::Storage>::raw().get_item(&key).ok().flatten().unwrap_or_default();
                            let name = format!("{}.txt", key.replace('/', "-"));
                            if let Err(e) = crate::ui::download::save_text(&name, &text, "text/plain;charset=utf-8") {
                                gloo::console::error!(e);
                            }
                        })
                    };
                    let on_delete = {
                        let (key, refresh) = (key.clone(), refresh.clone());
                        Callback::from(move |_: MouseEvent| {
                            let sure = crate::ui::browser::window()
                                .and_then(|w| w.confirm_with_message(&l.tf("storage.confirm_delete_backup", &[("key", &key)])).ok())
                                .unwrap_or(false);
                            if sure {
                                <gloo::storage::LocalStorage as gloo::storage::Storage>::delete(&key);
                                refresh();
                            }
                        })
                    };
                    html! {
                        <li data-backup={key.clone()}>
                            <code>{ key.clone() }</code>{ " " }{ l.tf("storage.backup_size", &[("n", &len.to_string())]) }{ " " }
                            <button onclick={on_download}>{ l.t("storage.download_backup") }</button>{ " " }
                            <button class="danger" onclick={on_delete}>{ l.t("course.delete") }</button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// One saved run in the list.
fn slot_row(
    l: Lang,
    m: &SlotMeta,
    scores: MoneyColumn,
    notice: &UseStateHandle<Option<Notice>>,
    refresh: impl Fn() + Clone + 'static,
) -> Html {
    let id = m.id.clone();
    let on_rename = {
        let (id, notice, refresh) = (id.clone(), notice.clone(), refresh.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let name = input.value().trim().to_string();
            if name.is_empty() {
                return;
            }
            if let Err(p) = slots::rename(&id, &name) {
                notice.set(Some(Notice::new(p.message_key())));
            }
            refresh();
        })
    };
    let on_export = {
        let (id, notice) = (id.clone(), notice.clone());
        Callback::from(move |_: MouseEvent| match recall(&id) {
            Ok((meta, file)) => {
                let name = format!(
                    "crm-lab-run-{}-{}.json",
                    file.assignment.id,
                    file_stem(&meta.name)
                );
                if let Err(e) = save_json(&name, &file.to_json()) {
                    gloo::console::error!(e);
                }
            }
            Err(p) => notice.set(Some(Notice::new(p.message_key()))),
        })
    };
    let on_delete = {
        let (id, name, notice, refresh) =
            (id.clone(), m.name.clone(), notice.clone(), refresh.clone());
        Callback::from(move |_: MouseEvent| {
            let sure = crate::ui::browser::window()
                .and_then(|w| {
                    w.confirm_with_message(&l.tf("course.confirm_delete", &[("name", &name)]))
                        .ok()
                })
                .unwrap_or(false);
            if sure {
                if let Err(p) = forget(&id) {
                    notice.set(Some(Notice::new(p.message_key())));
                }
                refresh();
            }
        })
    };
    let verified = match m.imported_verified {
        Some(true) => html! { <span class="badge good">{ l.t("course.verified") }</span> },
        Some(false) => html! { <span class="badge bad">{ l.t("course.not_verified") }</span> },
        None => html! {},
    };
    let finished = m.rounds_played >= m.rounds;
    html! {
        <tr data-slot={id.clone()}>
            <td><input type="text" class="slot-name" value={m.name.clone()} onchange={on_rename}
                aria-label={l.tf("course.rename", &[("name", &m.name)])} maxlength="80" /></td>
            <td>{ m.assignment_title.get(l) }{ " " }{ verified }</td>
            <td>{ l.tf("course.rounds_played", &[("played", &m.rounds_played.to_string()), ("rounds", &m.rounds.to_string())]) }</td>
            <td class="number">{ scores.span(m.score) }</td>
            <td class="actions">
                if !finished {
                    <a class="button" href={Route::Course(CourseRoute::Play(id.clone())).fragment()}>{ l.t("course.continue") }</a>
                }
                <a class="button" href={Route::Course(CourseRoute::Report(id.clone())).fragment()}>{ l.t("course.report") }</a>
                <button onclick={on_export}>{ l.t("course.export_run") }</button>
                <button class="danger" onclick={on_delete}>{ l.t("course.delete") }</button>
            </td>
        </tr>
    }
}

#[derive(Properties, PartialEq)]
pub struct FromLinkProps {
    pub code: String,
}

/// An assignment opened from a link: its card with the start form, or why
/// the link could not be read.
#[function_component(FromLink)]
pub fn from_link(p: &FromLinkProps) -> Html {
    let l = use_prefs().lang;
    let decoded = use_memo(p.code.clone(), |code| link::decode(code).map(Rc::new));
    html! {
        <div class="course-home">
            { match &*decoded {
                Ok(a) => html! {
                    <section aria-labelledby="link-heading">
                        <h2 id="link-heading">{ l.t("course.from_link") }</h2>
                        <AssignmentCard assignment={a.clone()} open=true />
                    </section>
                },
                Err(problem) => html! {
                    <div class="notice" role="alert" id="notice">
                        <span>{ l.tf("course.msg_link_refused", &[("reason", &file_problem(l, problem))]) }</span>
                    </div>
                },
            } }
            <p><a class="button" href={Route::Course(CourseRoute::Home).fragment()}>{ l.t("course.back_home") }</a></p>
        </div>
    }
}
