//! The native command-line runner `crm-lab`, for lecturers, batch runs and
//! tests. The arguments are parsed by clap from the definitions below (so
//! `crm-lab --help`, `crm-lab --version` and `crm-lab <command> --help` come
//! from the same text); every failure is one line on stderr and exit 2.
//!
//! * `model` — the commands that run the model: scenarios, levers, run, sweep, backtest;
//! * `course` — coursework: assignments, play, grade, replay;
//! * `tools` — the course's calculators: clv, ahp;
//! * `league` — the classroom league: verify and rank a league file;
//! * `files` — reading files as the page reads them.

mod course;
mod files;
mod league;
mod model;
mod tools;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

/// What the command printed, or the one-line error it failed with.
pub type Outcome = Result<String, String>;

/// `crm-lab`: the command line.
#[derive(Parser, Debug)]
#[command(
    name = "crm-lab",
    version,
    about = "CRM Lab (客户关系管理模拟实验室) command-line runner: run the model, grade coursework, use the course's calculators",
    subcommand_required = true,
    disable_help_subcommand = false
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The options of every command that runs the model.
#[derive(Args, Debug, Default, Clone)]
pub(crate) struct ModelArgs {
    /// A built-in scenario (default, competitive, monopoly, subscription) or a scenario file
    #[arg(long, value_name = "NAME|FILE.json")]
    scenario: Option<String>,
    /// Market size: people in the market, prospects and customers (the setting market_size)
    #[arg(long, value_name = "N")]
    customers: Option<String>,
    /// Months to simulate (the setting months)
    #[arg(long, value_name = "N")]
    months: Option<String>,
    /// Random seed: the same seed gives the same numbers (the setting seed)
    #[arg(long, value_name = "S")]
    seed: Option<String>,
    /// A lever (price=1.1, retention_targeting=value_at_risk) or scenario setting (competition=0.9); repeatable
    #[arg(long = "set", value_name = "NAME=VALUE")]
    set: Vec<String>,
}

/// `--format` of `levers` and `sweep`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TableFormat {
    Table,
    Csv,
}

/// `--format` of `run`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RunFormat {
    Csv,
    Json,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the built-in scenarios.
    Scenarios,
    /// List every lever and scenario setting with unit, min, max and default.
    Levers {
        /// Output: a table to read or CSV for a spreadsheet
        #[arg(long, value_enum, default_value = "table")]
        format: TableFormat,
    },
    /// Run a scenario and print the monthly series.
    ///
    /// --set takes levers (e.g. price=1.1, retention_targeting=value_at_risk)
    /// and scenario settings (e.g. competition=0.9); with --decisions, a lever
    /// set here overrides the file's in every month.
    Run {
        #[command(flatten)]
        model: ModelArgs,
        /// A decision schedule: levers by month ({"schedule": [{"from_month": 1, "levers": {...}}]})
        #[arg(long, value_name = "FILE.json")]
        decisions: Option<String>,
        /// Output: the monthly series as CSV, or the whole run as JSON
        #[arg(long, value_enum, default_value = "csv")]
        format: RunFormat,
        /// Also write every person in the market at the end, one CSV row each
        #[arg(long, value_name = "FILE")]
        customers_csv: Option<String>,
    },
    /// Move each lever over its range, the others as set.
    ///
    /// For each of N evenly spaced points per lever, prints the cumulative
    /// profit, mean satisfaction, annual retention and customer equity,
    /// averaged over the seeds; the base and the profit-best value are marked.
    Sweep {
        #[command(flatten)]
        model: ModelArgs,
        /// Points per lever, from 2 to 41
        #[arg(long, value_name = "N", default_value_t = 9, value_parser = points)]
        points: u32,
        /// Seeds to average over, 1 to 20 of them
        #[arg(
            long,
            value_name = "S,S,…",
            value_delimiter = ',',
            default_value = "1,2,3",
            value_parser = seed
        )]
        seeds: Vec<u64>,
        /// Output: a table to read or CSV for a spreadsheet
        #[arg(long, value_enum, default_value = "table")]
        format: TableFormat,
    },
    /// Does predicted CLV forecast? Compare it with what customers went on to earn.
    ///
    /// Follows the customers active at --at to --until and compares the sum
    /// of their predicted CLVs with what they went on to earn (discounted
    /// margin while they stayed, plus the predicted CLV of those still with
    /// us at the end).
    Backtest {
        #[command(flatten)]
        model: ModelArgs,
        /// A decision schedule, as for `run`
        #[arg(long, value_name = "FILE.json")]
        decisions: Option<String>,
        /// The month of the forecast, from 1 to --until − 1 [default: 12]
        #[arg(long, value_name = "MONTH", value_parser = whole)]
        at: Option<u32>,
        /// The month the customers are followed to
        #[arg(long, value_name = "MONTH", value_parser = whole,
              default_value_t = crate::sim::scenario::MAX_MONTHS)]
        until: u32,
    },
    /// Customer lifetime value: closed form m·r/(1+d−r), or over N years.
    Clv {
        /// Yearly margin per customer, in yuan
        #[arg(long, value_name = "M", allow_hyphen_values = true)]
        margin: String,
        /// Yearly retention rate, as a share (0.8) or a percentage (80%)
        #[arg(long, value_name = "R")]
        retention: String,
        /// Yearly discount rate, as a share (0.1) or a percentage (10%)
        #[arg(long, value_name = "D")]
        discount: String,
        /// Years to count (unlimited when left out)
        #[arg(long, value_name = "N")]
        years: Option<String>,
    },
    /// AHP (层次分析法) weights of a pairwise judgement matrix.
    ///
    /// One row per line, entries as decimals or fractions like 1/3. Prints
    /// the weights, lambda_max, CI, RI and CR as name,value lines, and a
    /// warning line when CR > 0.1. A matrix that is not square, not positive
    /// or not reciprocal is refused.
    Ahp {
        /// The matrix, as CSV
        #[arg(value_name = "FILE.csv")]
        file: String,
    },
    /// List the built-in coursework assignments.
    Assignments {
        /// Also write each as DIR/ID.json
        #[arg(long, value_name = "DIR")]
        export: Option<String>,
    },
    /// Play an assignment from a decisions file and write the run file, as the page would.
    ///
    /// The decisions file is a JSON list with one object per round; each
    /// names the levers it changes (e.g. {"price": 1.1,
    /// "retention_targeting": "value_at_risk"}), the others keep their
    /// values from the round before (in round 1, the assignment's start).
    /// Fewer rounds than the assignment has make an unfinished run.
    Play {
        /// A built-in assignment id or an assignment file
        #[arg(value_name = "ASSIGNMENT|FILE.json")]
        assignment: String,
        /// Each round's levers: [{"price": 1.1}, {"retention_spend": 8}, …]
        #[arg(long, value_name = "FILE.json")]
        decisions: String,
        /// The name written into the run file
        #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
        student: String,
        /// The student's notes, written into the run file
        #[arg(
            long,
            value_name = "TEXT",
            default_value = "",
            allow_hyphen_values = true
        )]
        notes: String,
        /// Where to write the run file
        #[arg(long, value_name = "RUN.json")]
        out: String,
    },
    /// Replay and verify every run file (*.json) in a folder; one CSV row per file.
    ///
    /// Rows are sorted by score: student, verified yes/no and why, score, the
    /// main figures and the notes. With --assignment (a file or a built-in
    /// id), a run of any other assignment or seed is not verified. A file
    /// that cannot be read gets a row saying why.
    Grade {
        /// The folder of handed-in run files
        #[arg(value_name = "DIR")]
        dir: String,
        /// The assignment every run must be of: a built-in id or an assignment file
        #[arg(long, value_name = "FILE|ID")]
        assignment: Option<String>,
        /// Write the CSV here instead of printing it
        #[arg(long, value_name = "FILE.csv")]
        out: Option<String>,
    },
    /// Replay a classroom league file, verify it and rank the teams.
    ///
    /// Replays every round's decisions and compares the league table with
    /// the file's (an edited number or decision is refused, named); prints
    /// the ranking as CSV: rank, team, score, customer equity, cumulative
    /// profit, penalties, customers and shares.
    League {
        /// A league file saved from the league page
        #[arg(value_name = "FILE")]
        file: String,
        /// Write the ranking CSV here instead of printing it
        #[arg(long, value_name = "FILE.csv")]
        out: Option<String>,
    },
    /// Replay one run file and print its monthly series as CSV.
    Replay {
        /// A run file
        #[arg(value_name = "FILE")]
        file: String,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The command line's definition, with one rule added to every command: an
/// option given twice takes its last value (as a shell alias followed by
/// an override expects), instead of being an error.
fn command() -> clap::Command {
    Cli::command().mut_subcommands(|c| c.args_override_self(true).allow_negative_numbers(true))
}

/// A whole number given on the command line.
fn whole(text: &str) -> Result<u32, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("expected a whole number, not '{text}'"))
}

/// `--points`: a whole number from 2 to 41.
fn points(text: &str) -> Result<u32, String> {
    whole(text)
        .ok()
        .filter(|n| (2..=41).contains(n))
        .ok_or_else(|| format!("expected a whole number from 2 to 41, not '{text}'"))
}

/// A seed: a whole number from 0 to the largest the page can link to.
fn seed(text: &str) -> Result<u64, String> {
    use crate::sim::scenario::MAX_SEED;
    text.trim()
        .parse()
        .ok()
        .filter(|s| *s <= MAX_SEED)
        .ok_or_else(|| format!("expected a whole number from 0 to {MAX_SEED}, not '{text}'"))
}

/// Runs the command line `args` (without the program name). `--help` and
/// `--version` succeed with their text.
pub fn main_with(args: &[String]) -> Outcome {
    let argv = std::iter::once("crm-lab".to_string()).chain(args.iter().cloned());
    let parsed = command()
        .try_get_matches_from(argv)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    Ok(e.render().to_string())
                }
                clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
                | clap::error::ErrorKind::MissingSubcommand => Err(format!(
                    "a command is needed: {} (see --help)",
                    command()
                        .get_subcommands()
                        .map(|c| c.get_name().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
                _ => Err(one_line(&e)),
            }
        }
    };
    match cli.command {
        Command::Scenarios => model::scenarios(),
        Command::Levers { format } => model::levers(format),
        Command::Run {
            model,
            decisions,
            format,
            customers_csv,
        } => model::run(
            &model,
            decisions.as_deref(),
            format,
            customers_csv.as_deref(),
        ),
        Command::Sweep {
            model,
            points,
            seeds,
            format,
        } => model::sweep(&model, points, &seeds, format),
        Command::Backtest {
            model,
            decisions,
            at,
            until,
        } => model::backtest(&model, decisions.as_deref(), at, until),
        Command::Clv {
            margin,
            retention,
            discount,
            years,
        } => tools::clv(&margin, &retention, &discount, years.as_deref()),
        Command::Ahp { file } => tools::ahp(&file),
        Command::Assignments { export } => course::assignments(export.as_deref()),
        Command::Play {
            assignment,
            decisions,
            student,
            notes,
            out,
        } => course::play(&assignment, &decisions, &student, &notes, &out),
        Command::Grade {
            dir,
            assignment,
            out,
        } => course::grade(&dir, assignment.as_deref(), out.as_deref()),
        Command::Replay { file } => course::replay(&file),
        Command::League { file, out } => league::league(&file, out.as_deref()),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut command(), "crm-lab", &mut out);
            Ok(String::from_utf8_lossy(&out).into_owned())
        }
    }
}

/// A parse error as one line: clap's first paragraph (what is wrong, and
/// the allowed values where there are some), without the usage block.
fn one_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let first: Vec<&str> = text
        .lines()
        .map(str::trim)
        .take_while(|l| !l.is_empty())
        .collect();
    let what = first.join(" ");
    let what = what.strip_prefix("error: ").unwrap_or(&what);
    format!("{what} (see --help)")
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn call(line: &str) -> Outcome {
        let args: Vec<String> = line.split_whitespace().map(String::from).collect();
        main_with(&args)
    }

    #[test]
    fn the_definitions_are_consistent() {
        command().debug_assert();
    }

    #[test]
    fn help_and_version_succeed_with_their_text() {
        let help = call("--help").unwrap();
        for command in [
            "scenarios",
            "levers",
            "run",
            "sweep",
            "backtest",
            "clv",
            "ahp",
            "assignments",
            "play",
            "grade",
            "replay",
        ] {
            assert!(help.contains(command), "{command} in {help}");
        }
        assert_eq!(
            call("--version").unwrap().trim(),
            format!("crm-lab {}", env!("CARGO_PKG_VERSION"))
        );
        let clv = call("clv --help").unwrap();
        assert!(
            clv.contains("--margin <M>") && clv.contains("--years <N>"),
            "{clv}"
        );
        assert_eq!(call("help clv").unwrap(), clv);
        assert!(call("run --help").unwrap().contains("--set <NAME=VALUE>"));
    }

    #[test]
    fn bad_arguments_are_one_line_errors() {
        for line in [
            "",
            "frobnicate",
            "clv --margin 1 --retention 0.8",
            "clv --margin x --retention 0.8 --discount 0.1",
            "clv --margin 1 --retention 1.5 --discount 0.1",
            "run --set price=9",
            "run --set colour=red",
            "run --set price",
            "run --scenario nowhere",
            "run --scenario /no/such/file.json",
            "run --months 0",
            "run --customers 10",
            "run --format xml",
            "run --bogus 1",
            "levers --format yaml",
            "scenarios extra",
            "sweep --points 50",
            "play x",
        ] {
            let e = call(line).expect_err(line);
            assert!(!e.contains('\n'), "{line}: {e}");
            assert!(!e.is_empty());
        }
        for (line, says) in [
            ("run --set price=9", "price: 9 is outside the allowed range 0.6 to 1.6"),
            (
                "run --format xml",
                "invalid value 'xml' for '--format <FORMAT>' [possible values: csv, json] (see --help)",
            ),
            ("run --bogus 1", "unexpected argument '--bogus' found (see --help)"),
            // A negative number is a value, told by the range it is outside.
            (
                "run --customers -5",
                "--customers: market_size: -5 is outside the allowed range 100 to 1000000",
            ),
            ("run --set seed=1.5", "seed: must be a whole number, not 1.5"),
            (
                "sweep --seeds 1,x",
                "invalid value 'x' for '--seeds <S,S,…>': expected a whole number from 0 to 9007199254740991, not 'x' (see --help)",
            ),
        ] {
            assert_eq!(call(line).unwrap_err(), says, "{line}");
        }
    }

    #[test]
    fn a_repeated_option_takes_its_last_value() {
        let out = call("run --customers 300 --months 5 --months 2").unwrap();
        assert_eq!(out.lines().count(), 3, "a header and two months");
    }
}
