//! Where the app is: the page a link or the navigation asks for, read from
//! the address's fragment. An Explore share link (`#v=1&…`) or an empty
//! fragment is the Explore page; `#course…` the coursework pages;
//! `#assignment=…` an assignment handed out as a link; `#learn…` the guided
//! lessons.

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Explore,
    Course(CourseRoute),
    Learn(LearnRoute),
    Tool(Tool),
    /// The classroom league (`#league…`).
    League(LeagueRoute),
    /// A fragment that names no page (`#tools/zzz`, `#learn/a/b`): the page
    /// says so, with the fragment as given (decoded, shortened).
    NotFound(String),
}

/// The classroom league's pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeagueRoute {
    /// `#league`: the lecturer's console if a league is kept here, else set-up.
    Home,
    /// `#league/new`: set up a league or open a league file.
    New,
    /// `#league/host`: the lecturer's console.
    Host,
    /// `#league/report`: the printable report.
    Report,
    /// `#league/v/<league>[/team/<n>]`: the league link, for a team
    /// (`team` 0-based; the address counts from 1).
    View {
        payload: String,
        team: Option<usize>,
    },
}

/// A concept tool (`#tools/…`, `#glossary`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tool {
    /// The CLV calculator.
    Clv,
    /// The AHP loyalty-index calculator.
    Ahp,
    /// The customer value matrix of a simulated base.
    ValueMatrix,
    /// The glossary, optionally at one term.
    Glossary(Option<String>),
}

/// A page of the lessons.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LearnRoute {
    /// The list of lessons and tools.
    Home,
    /// One lesson, by its id (`lessons::by_id`).
    Lesson(String),
}

/// A page of coursework mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CourseRoute {
    /// Assignments, saved runs, opening files.
    Home,
    /// Playing a saved run.
    Play(String),
    /// The printable report of a saved run.
    Report(String),
    /// The assignment editor.
    Editor,
    /// An assignment from a link (the encoded text after `assignment=`).
    Assignment(String),
}

impl Route {
    /// The route of a fragment (with or without `#`).
    pub fn parse(fragment: &str) -> Route {
        let f = fragment.trim_start_matches('#');
        if let Some(code) = f.strip_prefix("assignment=") {
            return Route::Course(CourseRoute::Assignment(code.to_string()));
        }
        // A page's address may carry a query someone added (`?x=1`): it
        // names no page, so it is left out.
        let f = f.split('?').next().unwrap_or("");
        let not_found =
            || Route::NotFound(crate::sim::validation::shorten(&decode_fragment(fragment)));
        if let Some(rest) = f.strip_prefix("glossary") {
            if !(rest.is_empty() || rest.starts_with('/')) {
                return not_found();
            }
            // A Chinese term typed in the address bar arrives escaped.
            let term = decode_fragment(rest.trim_start_matches('/'));
            return Route::Tool(Tool::Glossary((!term.is_empty()).then_some(term)));
        }
        if let Some(rest) = f.strip_prefix("tools") {
            return match rest.trim_matches('/') {
                "clv" => Route::Tool(Tool::Clv),
                "ahp" => Route::Tool(Tool::Ahp),
                "value-matrix" => Route::Tool(Tool::ValueMatrix),
                "" => Route::Learn(LearnRoute::Home),
                _ => not_found(),
            };
        }
        if let Some(rest) = f.strip_prefix("league") {
            if !(rest.is_empty() || rest.starts_with('/')) {
                return not_found();
            }
            let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
            return Route::League(match parts.as_slice() {
                [] => LeagueRoute::Home,
                ["new"] => LeagueRoute::New,
                ["host"] => LeagueRoute::Host,
                ["report"] => LeagueRoute::Report,
                ["v", payload] => LeagueRoute::View {
                    payload: payload.to_string(),
                    team: None,
                },
                // A team number that is not one is told on the page, which
                // can name the league's teams.
                ["v", payload, "team", n] => LeagueRoute::View {
                    payload: payload.to_string(),
                    team: Some(
                        n.parse::<usize>()
                            .ok()
                            .and_then(|n| n.checked_sub(1))
                            .unwrap_or(usize::MAX),
                    ),
                },
                _ => return not_found(),
            });
        }
        if let Some(rest) = f.strip_prefix("learn") {
            if !(rest.is_empty() || rest.starts_with('/')) {
                return not_found();
            }
            let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
            return match parts.as_slice() {
                [] => Route::Learn(LearnRoute::Home),
                [id] => Route::Learn(LearnRoute::Lesson(id.to_string())),
                _ => not_found(),
            };
        }
        let Some(rest) = f.strip_prefix("course") else {
            // Explore: an empty fragment or a share link (whose problems
            // the Explore page tells); a bare word is no page.
            return if f.is_empty() || f == "explore" || f.contains('=') || f.contains('&') {
                Route::Explore
            } else {
                not_found()
            };
        };
        if !(rest.is_empty() || rest.starts_with('/')) {
            return not_found();
        }
        let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
        Route::Course(match parts.as_slice() {
            [] => CourseRoute::Home,
            ["play", id] => CourseRoute::Play(id.to_string()),
            ["report", id] => CourseRoute::Report(id.to_string()),
            ["editor"] => CourseRoute::Editor,
            _ => return not_found(),
        })
    }

    /// The fragment (with `#`) of a route; Explore's is empty (the page then
    /// writes its own share link).
    pub fn fragment(&self) -> String {
        match self {
            Route::Explore => "#".into(),
            Route::Course(CourseRoute::Home) => "#course".into(),
            Route::Course(CourseRoute::Play(id)) => format!("#course/play/{id}"),
            Route::Course(CourseRoute::Report(id)) => format!("#course/report/{id}"),
            Route::Course(CourseRoute::Editor) => "#course/editor".into(),
            Route::Course(CourseRoute::Assignment(code)) => format!("#assignment={code}"),
            Route::Learn(LearnRoute::Home) => "#learn".into(),
            Route::Learn(LearnRoute::Lesson(id)) => format!("#learn/{id}"),
            Route::Tool(Tool::Clv) => "#tools/clv".into(),
            Route::Tool(Tool::Ahp) => "#tools/ahp".into(),
            Route::Tool(Tool::ValueMatrix) => "#tools/value-matrix".into(),
            Route::Tool(Tool::Glossary(None)) => "#glossary".into(),
            Route::Tool(Tool::Glossary(Some(t))) => format!("#glossary/{t}"),
            Route::League(LeagueRoute::Home) => "#league".into(),
            Route::League(LeagueRoute::New) => "#league/new".into(),
            Route::League(LeagueRoute::Host) => "#league/host".into(),
            Route::League(LeagueRoute::Report) => "#league/report".into(),
            Route::League(LeagueRoute::View {
                payload,
                team: None,
            }) => format!("#league/v/{payload}"),
            Route::League(LeagueRoute::View {
                payload,
                team: Some(t),
            }) => format!("#league/v/{payload}/team/{}", t + 1),
            Route::NotFound(f) => format!("#{f}"),
        }
    }
}

/// A fragment as a person reads it: `%XX` escapes undone (a Chinese word
/// typed in the address bar arrives escaped), without the leading `#`.
pub fn decode_fragment(fragment: &str) -> String {
    super::share::percent_decode(fragment.trim_start_matches('#'))
}

/// Goes to a route (a new history entry, so Back returns).
pub fn go(route: &Route) {
    if let Some(w) = crate::ui::browser::window() {
        let _ = w.location().set_hash(&route.fragment());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn league_fragments_name_their_pages() {
        assert_eq!(Route::parse("#league"), Route::League(LeagueRoute::Home));
        assert_eq!(Route::parse("#league/new"), Route::League(LeagueRoute::New));
        assert_eq!(
            Route::parse("#league/host"),
            Route::League(LeagueRoute::Host)
        );
        assert_eq!(
            Route::parse("#league/report"),
            Route::League(LeagueRoute::Report)
        );
        let view = Route::parse("#league/v/AbC-_9/team/3");
        assert_eq!(
            view,
            Route::League(LeagueRoute::View {
                payload: "AbC-_9".into(),
                team: Some(2)
            })
        );
        assert_eq!(Route::parse(&view.fragment()), view);
        assert_eq!(
            Route::parse("#league/v/x/team/zero"),
            Route::League(LeagueRoute::View {
                payload: "x".into(),
                team: Some(usize::MAX)
            })
        );
        assert!(matches!(Route::parse("#leagues"), Route::NotFound(_)));
        assert!(matches!(Route::parse("#league/v"), Route::NotFound(_)));
    }

    #[test]
    fn fragments_name_their_pages() {
        assert_eq!(Route::parse(""), Route::Explore);
        assert_eq!(Route::parse("#v=1&scenario=default"), Route::Explore);
        assert_eq!(Route::parse("#course"), Route::Course(CourseRoute::Home));
        assert_eq!(Route::parse("#course/"), Route::Course(CourseRoute::Home));
        assert_eq!(
            Route::parse("#course/play/s12"),
            Route::Course(CourseRoute::Play("s12".into()))
        );
        assert_eq!(
            Route::parse("course/report/s3"),
            Route::Course(CourseRoute::Report("s3".into()))
        );
        assert_eq!(
            Route::parse("#course/editor"),
            Route::Course(CourseRoute::Editor)
        );
        // Fragments that name no page say so (they once fell back silently).
        for f in [
            "#course/nonsense/x/y",
            "#tools/zzz",
            "#learn/x/y",
            "#coursework",
            "#zzz",
        ] {
            assert!(matches!(Route::parse(f), Route::NotFound(_)), "{f}");
        }
        assert_eq!(
            Route::parse("#tools/%E5%AE%A2"),
            Route::NotFound("tools/客".into())
        );
        let clv = Route::Tool(Tool::Glossary(Some("客户终生价值".into())));
        assert_eq!(Route::parse("#glossary/客户终生价值"), clv);
        assert_eq!(
            Route::parse("#glossary/%E5%AE%A2%E6%88%B7%E7%BB%88%E7%94%9F%E4%BB%B7%E5%80%BC"),
            clv
        );
        assert_eq!(
            Route::parse("#learn/pyramid?x=1"),
            Route::Learn(LearnRoute::Lesson("pyramid".into()))
        );
        assert_eq!(Route::parse("#learn"), Route::Learn(LearnRoute::Home));
        assert_eq!(
            Route::parse("#learn/pyramid"),
            Route::Learn(LearnRoute::Lesson("pyramid".into()))
        );
        assert_eq!(
            Route::parse("#assignment=eyJh"),
            Route::Course(CourseRoute::Assignment("eyJh".into()))
        );
        for r in [
            Route::Course(CourseRoute::Home),
            Route::Course(CourseRoute::Play("s1".into())),
            Route::Course(CourseRoute::Report("s1".into())),
            Route::Course(CourseRoute::Editor),
            Route::Course(CourseRoute::Assignment("abc".into())),
            Route::Learn(LearnRoute::Home),
            Route::Learn(LearnRoute::Lesson("clv".into())),
            Route::Tool(Tool::Clv),
            Route::Tool(Tool::Ahp),
            Route::Tool(Tool::ValueMatrix),
            Route::Tool(Tool::Glossary(None)),
            Route::Tool(Tool::Glossary(Some("clv".into()))),
        ] {
            assert_eq!(Route::parse(&r.fragment()), r);
        }
    }
}
