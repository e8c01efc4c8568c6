//! The league replayed in the page, for the console, a team's page and the
//! report. Markets up to [`SLICED_ABOVE`] people are replayed at once
//! (eight teams × 20,000 people take tens of milliseconds); larger ones in
//! slices between frames, with progress, so the page keeps answering while
//! a lecturer's 50,000-person league of many rounds is replayed.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::league::{League, LeagueRun};
use crate::sim::ValidationError;
use crate::ui::browser::{now_ms, probe, yield_to_browser};
use crate::ui::run::{SLICED_ABOVE, SLICE_MS};

/// The league replayed, or why it cannot be (a run is shared with the
/// views and equal only to itself).
#[derive(Clone, Debug)]
pub struct Played(pub Result<Rc<LeagueRun>, ValidationError>);

impl PartialEq for Played {
    fn eq(&self, o: &Self) -> bool {
        match (&self.0, &o.0) {
            (Ok(a), Ok(b)) => Rc::ptr_eq(a, b),
            (Err(a), Err(b)) => a == b,
            _ => false,
        }
    }
}

/// What [`use_replay`] gives.
#[derive(Clone, PartialEq)]
pub struct Replayed {
    /// The replay of the league asked for, once finished (`None` while a
    /// large market is being replayed, or with no league).
    pub played: Option<Played>,
    /// Share of the months replayed (0–1) while a large market is replayed.
    pub progress: Option<f64>,
}

/// Whether `league` is replayed in slices.
pub fn sliced(league: &League) -> bool {
    league.settings.market_size > SLICED_ABOVE
}

thread_local! {
    /// The last large league replayed in this page and its run: moving
    /// between the console, the report and a file just opened does not
    /// replay it again.
    static LAST: RefCell<Option<(League, Rc<LeagueRun>)>> = const { RefCell::new(None) };
}

/// The run of `league` if it was the last large league replayed here.
fn remembered(league: &League) -> Option<Rc<LeagueRun>> {
    LAST.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|(lg, _)| lg == league)
            .map(|(_, run)| run.clone())
    })
}

/// Replays `league` a slice at a time, yielding to the browser between
/// slices and calling `progress` (0–1) after each; gives up (`None`) as
/// soon as `wanted()` says no. A league replayed last time is not replayed
/// again.
pub async fn replay_in_slices(
    league: &League,
    wanted: impl Fn() -> bool,
    progress: impl Fn(f64),
) -> Option<Played> {
    if let Some(run) = remembered(league) {
        return Some(Played(Ok(run)));
    }
    let mut replay = match league.replay() {
        Ok(r) => r,
        Err(e) => return Some(Played(Err(e))),
    };
    let started = now_ms();
    loop {
        if !wanted() {
            return None; // superseded, or the page left
        }
        let start = now_ms();
        replay.advance_while(|| now_ms() - start < SLICE_MS);
        probe::push("crmLabLeagueSliceMs", now_ms() - start);
        if replay.done() {
            break;
        }
        progress(replay.progress());
        yield_to_browser().await;
    }
    let run = Rc::new(replay.finish());
    probe::set("crmLabLeagueReplayMs", (now_ms() - started).into());
    LAST.with(|last| *last.borrow_mut() = Some((league.clone(), run.clone())));
    Some(Played(Ok(run)))
}

/// Replays `league` (none: nothing to replay). A new league supersedes a
/// replay still running.
#[hook]
pub fn use_replay(league: Option<League>) -> Replayed {
    let immediate = use_memo(league.clone(), |lg| match lg {
        Some(lg) if !sliced(lg) => Some(Played(lg.play().map(Rc::new))),
        _ => None,
    });
    let finished = use_state(|| None::<(League, Played)>);
    let progress = use_state(|| None::<f64>);
    let generation = use_mut_ref(|| 0u64);
    {
        let (finished, progress) = (finished.clone(), progress.clone());
        use_effect_with(league.clone(), move |lg| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            if let Some(lg) = lg.as_ref().filter(|lg| sliced(lg)).cloned() {
                let generation = generation.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let wanted = || *generation.borrow() == mine;
                    let set = progress.clone();
                    if let Some(played) =
                        replay_in_slices(&lg, wanted, move |p| set.set(Some(p))).await
                    {
                        if wanted() {
                            finished.set(Some((lg, played)));
                            progress.set(None);
                        }
                    }
                });
            }
            move || *generation.borrow_mut() += 1
        });
    }
    match &league {
        None => Replayed {
            played: None,
            progress: None,
        },
        Some(lg) if !sliced(lg) => Replayed {
            played: (*immediate).clone(),
            progress: None,
        },
        Some(lg) => {
            let played = finished
                .as_ref()
                .filter(|(done, _)| done == lg)
                .map(|(_, p)| p.clone())
                .or_else(|| remembered(lg).map(|run| Played(Ok(run))));
            Replayed {
                progress: played.is_none().then(|| progress.unwrap_or(0.0)),
                played,
            }
        }
    }
}

/// The progress bar of a league being replayed (`id` for the page's tests).
pub fn progress_view(l: Lang, progress: f64, id: &'static str) -> Html {
    let percent = format!("{:.0}", progress * 100.0);
    html! {
        <div class="progress league-progress" role="status" id={id}>
            <progress max="100" value={percent.clone()} aria-label={l.t("league.replaying")}></progress>
            <span>{ l.tf("league.replaying_percent", &[("percent", &percent)]) }</span>
        </div>
    }
}
