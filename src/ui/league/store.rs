//! The lecturer's leagues in this browser: each league file (settings,
//! decisions) with the decisions received for its open round, saved after
//! every change, one of them open on the console. A lecturer with several
//! classes keeps a league each; starting a new one keeps the others.
//! Storage that is full or unavailable is told, and the league goes on in
//! the page (export the file to keep it); what cannot be read is set aside,
//! never thrown away.

use std::cell::RefCell;

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use crate::league::round::RoundEntry;
use crate::league::League;
use crate::sim::Levers;

/// The storage key.
pub const KEY: &str = "crm-lab/leagues/v1";
/// Most leagues kept (a lecturer's classes of a term).
pub const MAX_KEPT: usize = 20;

/// One league as kept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kept {
    pub league: League,
    /// The open round's decisions received so far, by team.
    pub received: Vec<Option<Levers>>,
}

impl Kept {
    pub fn new(league: League) -> Self {
        let received = vec![None; league.settings.teams.len()];
        Kept { league, received }
    }

    /// The open round's entry.
    pub fn entry(&self) -> RoundEntry {
        let mut e = RoundEntry::open(&self.league);
        if self.received.len() == e.received.len() {
            e.received = self.received.clone();
        }
        e
    }
}

/// Every league kept, and the one open on the console.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shelf {
    pub leagues: Vec<Kept>,
    /// Index of the open league, if any.
    pub open: Option<usize>,
}

thread_local! {
    /// The leagues of this tab, so they go on when storage fails.
    static SESSION: RefCell<Option<Shelf>> = const { RefCell::new(None) };
    /// What the console should say when it opens next (a league file
    /// opened on the set-up page whose table did not match).
    static FOR_CONSOLE: RefCell<Option<crate::ui::messages::Notice>> = const { RefCell::new(None) };
}

/// Leaves `notice` for the console to show when it opens next.
pub fn tell_console(notice: crate::ui::messages::Notice) {
    FOR_CONSOLE.with(|n| *n.borrow_mut() = Some(notice));
}

/// What was left for the console ([`tell_console`]), once.
pub fn told_console() -> Option<crate::ui::messages::Notice> {
    FOR_CONSOLE.with(|n| n.borrow_mut().take())
}

/// Why the leagues could not be kept or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreProblem {
    /// Storage is full or refused the write.
    Full,
    /// What is stored is not readable (damaged): it was set aside.
    Damaged,
    /// Already as many leagues as are kept.
    TooMany,
}

impl StoreProblem {
    pub fn message_key(self) -> &'static str {
        match self {
            StoreProblem::Full => "league.msg_not_saved",
            StoreProblem::Damaged => "league.msg_damaged",
            StoreProblem::TooMany => "league.msg_too_many",
        }
    }
}

/// Every league kept in this browser.
pub fn shelf() -> Result<Shelf, StoreProblem> {
    if let Some(s) = SESSION.with(|s| s.borrow().clone()) {
        return Ok(s);
    }
    let Some(text) = LocalStorage::raw().get_item(KEY).ok().flatten() else {
        return Ok(Shelf::default());
    };
    match serde_json::from_str::<Shelf>(&text) {
        Ok(mut s) if s.leagues.iter().all(|k| k.league.validate().is_ok()) => {
            if s.open.is_some_and(|i| i >= s.leagues.len()) {
                s.open = None;
            }
            SESSION.with(|x| *x.borrow_mut() = Some(s.clone()));
            Ok(s)
        }
        _ => {
            crate::ui::storage::set_aside(KEY);
            Err(StoreProblem::Damaged)
        }
    }
}

fn put(s: Shelf) -> Result<(), StoreProblem> {
    SESSION.with(|x| *x.borrow_mut() = Some(s.clone()));
    LocalStorage::set(KEY, &s).map_err(|_| StoreProblem::Full)
}

/// The league open on the console, if any.
pub fn load() -> Result<Option<Kept>, StoreProblem> {
    let s = shelf()?;
    Ok(s.open.and_then(|i| s.leagues.get(i).cloned()))
}

/// Keeps the open league as it now stands (in the tab in any case; in
/// storage if it can).
pub fn save(k: &Kept) -> Result<(), StoreProblem> {
    let mut s = shelf().unwrap_or_default();
    match s.open.filter(|&i| i < s.leagues.len()) {
        Some(i) => s.leagues[i] = k.clone(),
        None => {
            s.leagues.push(k.clone());
            s.open = Some(s.leagues.len() - 1);
        }
    }
    put(s)
}

/// Keeps a new league (made or opened from a file) and opens it.
pub fn add(k: Kept) -> Result<(), StoreProblem> {
    let mut s = shelf().unwrap_or_default();
    if s.leagues.len() >= MAX_KEPT {
        return Err(StoreProblem::TooMany);
    }
    s.leagues.push(k);
    s.open = Some(s.leagues.len() - 1);
    put(s)
}

/// Opens kept league `i` on the console.
pub fn open(i: usize) -> Result<(), StoreProblem> {
    let mut s = shelf()?;
    if i < s.leagues.len() {
        s.open = Some(i);
    }
    put(s)
}

/// Forgets kept league `i`.
pub fn delete(i: usize) -> Result<(), StoreProblem> {
    let mut s = shelf()?;
    if i < s.leagues.len() {
        s.leagues.remove(i);
        s.open = match s.open {
            Some(o) if o == i => None,
            Some(o) if o > i => Some(o - 1),
            o => o,
        };
    }
    put(s)
}
