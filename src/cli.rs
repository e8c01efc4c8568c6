//! The native command-line runner `crm-lab`, for lecturers, batch runs and
//! tests. Every failure is one line on stderr and a non-zero exit.
//!
//! ```text
//! crm-lab scenarios
//! crm-lab levers [--format csv|table]
//! crm-lab run [--scenario NAME|FILE.json] [--customers N] [--months N] [--seed S]
//!             [--set NAME=VALUE]... [--decisions FILE.json] [--format csv|json]
//!             [--customers-csv FILE]
//! crm-lab sweep [run options] [--points N] [--seeds 1,2,3] [--format table|csv]
//! crm-lab backtest [--at MONTH] [--until MONTH] [run options]
//! crm-lab clv --margin M --retention R --discount D [--years N]
//! crm-lab assignments
//! crm-lab grade DIR [--assignment FILE|ID] [--out FILE.csv]
//! crm-lab replay FILE
//! ```

use std::fmt::Write as _;

use crate::concepts::ahp::Judgements;
use crate::coursework::grade::{grade_csv, grade_one, GradeRow};
use crate::coursework::run_file::{
    read_file as read_crm_lab_file, read_run_file, CrmLabFile, MAX_FILE_BYTES,
};
use crate::coursework::{self, Assignment, Playthrough};
use crate::export;
use crate::sim::scenario::SEGMENT_TRAITS;
use crate::sim::validation::{fmt_num, parse_number};
use crate::sim::{
    backtest, run_with_final_state, sweep, Decisions, Levers, Scenario, BUILT_IN, LEVERS, SETTINGS,
};

/// What the command printed, or the one-line error it failed with.
pub type Outcome = Result<String, String>;

const USAGE: &str = "usage: crm-lab <scenarios|levers|run|sweep|backtest|clv|ahp|assignments|grade|replay|help> [options]; 'crm-lab help' lists them";

const HELP: &str = "CRM Lab (客户关系管理模拟实验室) command-line runner

  crm-lab scenarios
      List the built-in scenarios.
  crm-lab levers [--format csv|table]
      List every lever and scenario setting with unit, min, max and default.
  crm-lab run [--scenario NAME|FILE.json] [--customers N] [--months N] [--seed S]
              [--set NAME=VALUE]... [--decisions FILE.json] [--format csv|json]
              [--customers-csv FILE]
      Run a scenario and print the monthly series. --set takes levers
      (e.g. price=1.1, retention_targeting=value_at_risk) and scenario settings
      (e.g. competition=0.9); with --decisions, a lever set here overrides it
      in every month.
  crm-lab sweep [--scenario NAME|FILE.json] [--customers N] [--months N]
                [--set NAME=VALUE]... [--points N] [--seeds 1,2,3] [--format table|csv]
      Move each lever over its range (N evenly spaced points, 9 by default),
      the others as set, and print for each point the cumulative profit,
      mean satisfaction, annual retention and customer equity, averaged over
      the seeds; the base and the profit-best value are marked.
  crm-lab backtest [--at MONTH] [--until MONTH] [run options]
      Does predicted CLV forecast? Follow the customers active at --at
      (default 12) to --until (default 120) and compare the sum of their
      predicted CLVs with what they went on to earn (discounted margin while
      they stayed, plus the predicted CLV of those still with us at the end).
  crm-lab clv --margin M --retention R --discount D [--years N]
      Closed-form customer lifetime value m*r/(1+d-r), or over N periods.
  crm-lab ahp FILE.csv
      AHP (层次分析法) weights of a pairwise judgement matrix: one row per
      line, entries as decimals or fractions like 1/3. Prints the weights,
      lambda_max, CI, RI and CR as name,value lines, and a warning line when
      CR > 0.1. A matrix that is not square, not positive or not reciprocal
      is refused.
  crm-lab assignments [--export DIR]
      List the built-in coursework assignments (with --export, write each
      as DIR/ID.json).
  crm-lab grade DIR [--assignment FILE|ID] [--out FILE.csv]
      Replay and verify every run file (*.json) in DIR and print one CSV row
      per file, sorted by score: student, verified yes/no and why, score and
      the main figures. With --assignment (a file or a built-in id), a run of
      any other assignment or seed is not verified. A file that cannot be
      read gets a row saying why.
  crm-lab replay FILE
      Replay one run file and print its monthly series as CSV.
";

/// Runs the command line `args` (without the program name).
pub fn main_with(args: &[String]) -> Outcome {
    let Some((cmd, rest)) = args.split_first() else {
        return Err(USAGE.to_string());
    };
    match cmd.as_str() {
        "scenarios" => scenarios(rest),
        "levers" => levers(rest),
        "run" => run(rest),
        "clv" => clv_command(rest),
        "ahp" => ahp_command(rest),
        "assignments" => assignments(rest),
        "grade" => grade(rest),
        "replay" => replay(rest),
        "sweep" => sweep_command(rest),
        "backtest" => backtest_command(rest),
        "help" | "--help" | "-h" => Ok(HELP.to_string()),
        other => Err(format!(
            "unknown command '{other}' (commands: scenarios, levers, run, sweep, backtest, clv, ahp, assignments, grade, replay, help)"
        )),
    }
}

/// Options as (name, value) pairs: `--name value` or `--name=value`.
fn parse_options(args: &[String], allowed: &[&str]) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        let Some(name) = a.strip_prefix("--") else {
            return Err(format!("unexpected argument '{a}'"));
        };
        let (name, value) = match name.split_once('=') {
            Some((n, v)) => (n.to_string(), v.to_string()),
            None => {
                let v = args
                    .get(i + 1)
                    .ok_or_else(|| format!("--{name} needs a value"))?;
                i += 1;
                (name.to_string(), v.clone())
            }
        };
        if !allowed.contains(&name.as_str()) {
            return Err(format!(
                "unknown option --{name} (options: {})",
                allowed
                    .iter()
                    .map(|s| format!("--{s}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        out.push((name, value));
        i += 1;
    }
    Ok(out)
}

fn no_arguments(args: &[String]) -> Result<(), String> {
    match args.first() {
        Some(a) => Err(format!("unexpected argument '{a}'")),
        None => Ok(()),
    }
}

fn scenarios(args: &[String]) -> Outcome {
    no_arguments(args)?;
    let mut out = String::new();
    for name in BUILT_IN {
        let s = Scenario::built_in(name).expect("built-in");
        let _ = writeln!(out, "{name:<14}{}", s.description);
    }
    Ok(out)
}

fn levers(args: &[String]) -> Outcome {
    let opts = parse_options(args, &["format"])?;
    let mut csv = false;
    for (_, v) in &opts {
        match v.as_str() {
            "csv" => csv = true,
            "table" => csv = false,
            other => return Err(format!("--format: unknown format '{other}' (csv, table)")),
        }
    }
    let d = Scenario::default();
    let mut rows: Vec<[String; 5]> = Vec::new();
    for l in &LEVERS {
        rows.push([
            l.name.into(),
            l.unit.into(),
            fmt_num(l.min),
            fmt_num(l.max),
            fmt_num(l.default),
        ]);
    }
    rows.push([
        "retention_targeting".into(),
        crate::sim::RetentionTargeting::NAMES.join(" | "),
        String::new(),
        String::new(),
        "all".into(),
    ]);
    for s in &SETTINGS {
        rows.push([
            s.name.into(),
            s.unit.into(),
            fmt_num(s.min),
            fmt_num(s.max),
            fmt_num((s.get)(&d)),
        ]);
    }
    for (field, unit, min, max) in SEGMENT_TRAITS {
        rows.push([
            format!("segments[].{field}"),
            unit.into(),
            fmt_num(min),
            fmt_num(max),
            "(per segment)".into(),
        ]);
    }
    let mut out = String::new();
    if csv {
        out.push_str("name,unit,min,max,default\n");
        for r in rows {
            out.push_str(&r.join(","));
            out.push('\n');
        }
    } else {
        let _ = writeln!(
            out,
            "{:<26} {:<48} {:>8} {:>18} {:>14}",
            "name", "unit", "min", "max", "default"
        );
        for r in rows {
            let _ = writeln!(
                out,
                "{:<26} {:<48} {:>8} {:>18} {:>14}",
                r[0], r[1], r[2], r[3], r[4]
            );
        }
    }
    Ok(out)
}

fn read_file(path: &str, what: &str) -> Result<String, String> {
    read_limited(std::path::Path::new(path)).map_err(|e| {
        let why = e.strip_prefix("cannot read the file: ").unwrap_or(&e);
        format!("cannot read {what} file '{path}': {why}")
    })
}

/// The options every command that runs the model takes.
const RUN_OPTIONS: [&str; 5] = ["scenario", "customers", "months", "seed", "set"];

/// The value of the last `--name` given.
fn option<'a>(opts: &'a [(String, String)], name: &str) -> Option<&'a str> {
    opts.iter()
        .rev()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// The scenario and decisions that `--scenario`, `--customers`, `--months`,
/// `--seed`, `--decisions` and `--set` describe.
fn scenario_and_decisions(opts: &[(String, String)]) -> Result<(Scenario, Decisions), String> {
    let get = |name: &str| option(opts, name);
    let mut scenario = match get("scenario") {
        None => Scenario::default(),
        Some(name) => match Scenario::built_in(name) {
            Some(s) => s,
            None if name.ends_with(".json") => {
                Scenario::from_json(&read_file(name, "scenario")?).map_err(|e| e.to_string())?
            }
            None => {
                return Err(format!(
                    "--scenario: unknown scenario '{name}' (built-in: {}; or a .json file)",
                    BUILT_IN.join(", ")
                ))
            }
        },
    };
    for (flag, setting) in [
        ("customers", "market_size"),
        ("months", "months"),
        ("seed", "seed"),
    ] {
        if let Some(v) = get(flag) {
            scenario
                .set_from_text(setting, v)
                .map_err(|e| format!("--{flag}: {e}"))?;
        }
    }

    let mut decisions = match get("decisions") {
        Some(path) => {
            Decisions::from_json(&read_file(path, "decisions")?).map_err(|e| e.to_string())?
        }
        None => Decisions::constant(Levers::default()),
    };
    for (name, value) in opts.iter().filter(|(n, _)| n == "set") {
        let (key, text) = value
            .split_once('=')
            .ok_or_else(|| format!("--set: expected NAME=VALUE, got '{value}'"))?;
        let key = key.trim();
        let mut matched = false;
        for d in &mut decisions.schedule {
            matched = d
                .levers
                .set_from_text(key, text)
                .map_err(|e| e.to_string())?;
        }
        if !matched
            && !scenario
                .set_from_text(key, text)
                .map_err(|e| e.to_string())?
        {
            let mut known = Levers::names();
            known.extend(SETTINGS.iter().map(|s| s.name.to_string()));
            return Err(format!(
                "--{name}: unknown lever or setting '{key}' (known: {})",
                known.join(", ")
            ));
        }
    }
    scenario.validate().map_err(|e| e.to_string())?;
    Ok((scenario, decisions))
}

fn run(args: &[String]) -> Outcome {
    let mut allowed = RUN_OPTIONS.to_vec();
    allowed.extend(["decisions", "format", "customers-csv"]);
    let opts = parse_options(args, &allowed)?;
    let (scenario, decisions) = scenario_and_decisions(&opts)?;
    let format = option(&opts, "format").unwrap_or("csv");
    if !matches!(format, "csv" | "json") {
        return Err(format!("--format: unknown format '{format}' (csv, json)"));
    }
    let (run, sim) = run_with_final_state(&scenario, &decisions).map_err(|e| e.to_string())?;
    if let Some(path) = option(&opts, "customers-csv") {
        std::fs::write(path, export::customers_csv(&scenario, sim.customers()))
            .map_err(|e| format!("cannot write customers file '{path}': {e}"))?;
    }
    Ok(match format {
        "json" => serde_json::to_string_pretty(&run).expect("a run serialises") + "\n",
        _ => export::monthly_csv(&run.months),
    })
}

/// A whole number option within `min..=max`, or `default`.
fn whole_option(
    opts: &[(String, String)],
    name: &str,
    min: u32,
    max: u32,
    default: u32,
) -> Result<u32, String> {
    match option(opts, name) {
        None => Ok(default),
        Some(text) => match text.trim().parse::<u32>() {
            Ok(v) if (min..=max).contains(&v) => Ok(v),
            _ => Err(format!(
                "--{name}: expected a whole number from {min} to {max}, not '{text}'"
            )),
        },
    }
}

/// Seeds from `--seeds 1,2,3` (default 1, 2, 3).
fn seeds_option(opts: &[(String, String)]) -> Result<Vec<u64>, String> {
    let Some(text) = option(opts, "seeds") else {
        return Ok(vec![1, 2, 3]);
    };
    let seeds: Result<Vec<u64>, _> = text.split(',').map(|s| s.trim().parse::<u64>()).collect();
    match seeds {
        Ok(s) if !s.is_empty() && s.len() <= 20 => Ok(s),
        _ => Err(format!(
            "--seeds: expected 1 to 20 whole numbers separated by commas, not '{text}'"
        )),
    }
}

/// `crm-lab sweep`: each lever over its range, the others as given.
fn sweep_command(args: &[String]) -> Outcome {
    let mut allowed = RUN_OPTIONS.to_vec();
    allowed.extend(["points", "seeds", "format"]);
    let opts = parse_options(args, &allowed)?;
    let (scenario, decisions) = scenario_and_decisions(&opts)?;
    let points = whole_option(&opts, "points", 2, 41, 9)?;
    let seeds = seeds_option(&opts)?;
    let format = option(&opts, "format").unwrap_or("table");
    if !matches!(format, "csv" | "table") {
        return Err(format!("--format: unknown format '{format}' (csv, table)"));
    }
    let base = *decisions.levers_for(1);
    let sweeps =
        sweep::sweep_all(&scenario, &base, points as usize, &seeds).map_err(|e| e.to_string())?;
    let mut out = String::new();
    if format == "csv" {
        out.push_str("lever,value,cumulative_profit,satisfaction,annual_retention,customer_equity,is_base,is_best\n");
        for s in &sweeps {
            let best = s.best().value;
            for p in &s.points {
                let _ = writeln!(
                    out,
                    "{},{},{:.0},{:.2},{:.4},{:.0},{},{}",
                    s.lever.name,
                    fmt_num(p.value),
                    p.profit,
                    p.satisfaction,
                    p.annual_retention,
                    p.customer_equity,
                    p.value == s.base,
                    p.value == best
                );
            }
        }
        return Ok(out);
    }
    let _ = writeln!(
        out,
        "Lever sweeps on '{}' ({} customers, {} months), mean of seeds {:?}.\n\
         Per point: cumulative profit (thousand CNY), mean satisfaction (0-100, months 13 on),\n\
         annual retention (months 13 on), customer equity at the end (thousand CNY).",
        scenario.name, scenario.market_size, scenario.months, seeds
    );
    for s in &sweeps {
        let best = s.best();
        let _ = writeln!(
            out,
            "\n{} ({}): base {}, profit-best {}",
            s.lever.name,
            s.lever.unit,
            fmt_num(s.base),
            fmt_num(best.value)
        );
        for p in &s.points {
            let mark = match (p.value == best.value, p.value == s.base) {
                (true, true) => " <- best, base",
                (true, false) => " <- best",
                (false, true) => " <- base",
                _ => "",
            };
            let _ = writeln!(
                out,
                "  {:>9}  profit {:>8.0}  satisfaction {:>5.1}  retention {:>5.3}  equity {:>8.0}{mark}",
                fmt_num(p.value),
                p.profit / 1000.0,
                p.satisfaction,
                p.annual_retention,
                p.customer_equity / 1000.0
            );
        }
    }
    Ok(out)
}

/// `crm-lab backtest`: predicted CLV against what customers went on to earn.
fn backtest_command(args: &[String]) -> Outcome {
    let mut allowed = RUN_OPTIONS.to_vec();
    allowed.extend(["at", "until", "decisions"]);
    let opts = parse_options(args, &allowed)?;
    let (scenario, decisions) = scenario_and_decisions(&opts)?;
    let until = whole_option(&opts, "until", 2, crate::sim::scenario::MAX_MONTHS, 120)?;
    let at = whole_option(&opts, "at", 1, until - 1, 12.min(until - 1))?;
    let b = backtest::backtest(&scenario, &decisions, at, until).map_err(|e| e.to_string())?;
    let mut out = String::new();
    let rows: [(&str, String); 8] = [
        ("scenario", scenario.name.clone()),
        ("forecast_month", at.to_string()),
        ("followed_until", until.to_string()),
        ("customers", b.customers.to_string()),
        ("predicted_clv_sum", format!("{:.0}", b.predicted)),
        ("realised_discounted_margin", format!("{:.0}", b.realised)),
        (
            "predicted_clv_of_those_still_active",
            format!("{:.0}", b.tail),
        ),
        ("error", format!("{:+.4}", b.error())),
    ];
    for (name, value) in rows {
        let _ = writeln!(out, "{name},{value}");
    }
    Ok(out)
}

/// The first argument, if it is not an option (`grade DIR`, `replay FILE`).
fn positional<'a>(args: &'a [String], what: &str) -> Result<(&'a str, &'a [String]), String> {
    match args.split_first() {
        Some((first, rest)) if !first.starts_with("--") => Ok((first.as_str(), rest)),
        _ => Err(format!("{what} is required")),
    }
}

/// Reads a file of at most `MAX_FILE_BYTES`, without reading a huge one whole.
/// A file's text, read as the page reads a chosen file (see
/// `run_file::decode_bytes`). Only a regular file is opened: a folder, a
/// named pipe (which would block) or a device is refused by what it is.
fn read_limited(path: &std::path::Path) -> Result<String, String> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            "a broken link (its target does not exist)".to_string()
        }
        _ => e.to_string(),
    })?;
    if !meta.is_file() {
        return Err(not_a_regular_file(&meta.file_type()));
    }
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    crate::coursework::run_file::decode_bytes(&bytes).map_err(|e| e.to_string())
}

/// What a path that is not a regular file is, in words.
fn not_a_regular_file(t: &std::fs::FileType) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "not a regular file but a named pipe".into();
        }
        if t.is_char_device() || t.is_block_device() {
            return "not a regular file but a device".into();
        }
        if t.is_socket() {
            return "not a regular file but a socket".into();
        }
    }
    if t.is_dir() {
        "not a file but a folder".into()
    } else {
        "not a regular file".into()
    }
}

fn assignments(args: &[String]) -> Outcome {
    let opts = parse_options(args, &["export"])?;
    let mut out = String::new();
    for a in coursework::assignment::built_in() {
        let _ = writeln!(
            out,
            "{:<28}{:>2} rounds x {} month{}  {}",
            a.id,
            a.rounds,
            a.round_months,
            if a.round_months == 1 { " " } else { "s" },
            a.title.en
        );
        if let Some((_, dir)) = opts.last() {
            let path = std::path::Path::new(dir).join(format!("{}.json", a.id));
            std::fs::write(&path, a.to_json())
                .map_err(|e| format!("cannot write '{}': {e}", path.display()))?;
        }
    }
    Ok(out)
}

fn grade(args: &[String]) -> Outcome {
    let (dir, rest) = positional(args, "a folder of run files")?;
    let opts = parse_options(rest, &["assignment", "out"])?;
    let get = |name: &str| opts.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v);
    let official = match get("assignment") {
        None => None,
        Some(given) => Some(match Assignment::built_in(given) {
            Some(a) => a,
            None => match read_crm_lab_file(&read_file(given, "assignment")?) {
                Ok(CrmLabFile::Assignment(a)) => *a,
                Ok(CrmLabFile::Run(_)) => {
                    return Err(format!(
                        "--assignment: '{given}' is a run file, not an assignment"
                    ))
                }
                Err(e) => return Err(format!("--assignment: {e}")),
            },
        }),
    };
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read folder '{dir}': {e}"))?;
    // Every entry named *.json gets a row, whatever it turns out to be (a
    // broken link, a folder, a pipe): the lecturer sees every hand-in.
    let mut paths: Vec<std::path::PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("json"))
        })
        .collect();
    paths.sort();
    let rows = paths
        .iter()
        .map(|p| {
            let name = p
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            match read_limited(p) {
                Ok(text) => grade_one(&name, &text, official.as_ref()),
                Err(e) => GradeRow {
                    file: name,
                    student: String::new(),
                    verified: false,
                    reason: e,
                    results: None,
                },
            }
        })
        .collect();
    let csv = grade_csv(rows);
    match get("out") {
        Some(path) => {
            std::fs::write(path, &csv).map_err(|e| format!("cannot write '{path}': {e}"))?;
            Ok(format!(
                "graded {} files into {path}\n",
                csv.lines().count() - 1
            ))
        }
        None => Ok(csv),
    }
}

fn replay(args: &[String]) -> Outcome {
    let (path, rest) = positional(args, "a run file")?;
    no_arguments(rest)?;
    let file = read_run_file(&read_file(path, "run")?).map_err(|e| format!("{path}: {e}"))?;
    let p = Playthrough::replay(&file.assignment, file.seed, &file.decisions)
        .map_err(|e| format!("{path}: {e}"))?;
    Ok(export::monthly_csv(p.months()))
}

fn ahp_command(args: &[String]) -> Outcome {
    let (path, rest) = positional(args, "a matrix file (FILE.csv)")?;
    no_arguments(rest)?;
    let text = read_file(path, "matrix")?;
    let j = Judgements::parse(&text).map_err(|e| format!("{path}: {e}"))?;
    let p = j.priorities();
    let mut out = String::new();
    for (i, w) in p.weights.iter().enumerate() {
        let _ = writeln!(out, "weight_{},{}", i + 1, export::cell(Some(*w)));
    }
    for (name, v) in [
        ("lambda_max", p.lambda_max),
        ("CI", p.ci),
        ("RI", p.ri),
        ("CR", p.cr),
    ] {
        let _ = writeln!(out, "{name},{}", export::cell(Some(v)));
    }
    let _ = writeln!(
        out,
        "consistent,{}",
        if p.consistent() { "yes" } else { "no" }
    );
    if !p.consistent() {
        let _ = writeln!(
            out,
            "warning,CR {} is above {}: the judgements contradict each other; revise them before using the weights",
            export::cell(Some(p.cr)),
            crate::concepts::ahp::CR_LIMIT
        );
    }
    Ok(out)
}

fn clv_command(args: &[String]) -> Outcome {
    use crate::concepts::clv_calc::{self, ClvInputs, ClvProblem, ClvValue};
    let opts = parse_options(args, &["margin", "retention", "discount", "years"])?;
    let raw = |name: &str| -> Option<&str> {
        opts.iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let required = |name: &str| raw(name).ok_or_else(|| format!("--{name} is required"));
    // Rates as shares (0.8) as everywhere on the command line, or in
    // percent with a sign (80%), as the page reads them.
    let rate = |name: &str, problem: ClvProblem| -> Result<f64, String> {
        let text = required(name)?;
        let bad = || {
            format!("--{name}: expected a share from 0 to 1 (or a percentage such as 80%), not '{text}'")
        };
        if text.trim_end().ends_with('%') {
            return clv_calc::read_percent(text, problem).map_err(|_| bad());
        }
        let v = parse_number(name, text).map_err(|e| format!("--{e}"))?;
        if !(0.0..=1.0).contains(&v) {
            return Err(bad());
        }
        Ok(v)
    };
    let margin_text = required("margin")?;
    let inputs = ClvInputs {
        margin: clv_calc::read_margin(margin_text).map_err(|_| {
            format!("--margin: expected a number of yuan per year, not '{margin_text}'")
        })?,
        retention: rate("retention", ClvProblem::Retention)?,
        discount: rate("discount", ClvProblem::Discount)?,
        years: match raw("years") {
            None => None,
            Some(t) => clv_calc::read_years(t).map_err(|_| {
                format!(
                    "--years: expected a whole number from 1 to {}, not '{t}'",
                    clv_calc::MAX_YEARS
                )
            })?,
        },
    };
    inputs
        .check()
        .map_err(|p| format!("--{p:?}: out of range").to_lowercase())?;
    let mut out = String::new();
    match inputs.value() {
        ClvValue::Finite { value, multiple } => {
            let _ = writeln!(out, "clv,{}", export::cell(Some(value)));
            match inputs.years {
                Some(n) => {
                    let _ = writeln!(out, "years,{n}");
                    let _ = writeln!(out, "margin_multiple,{}", export::cell(Some(multiple)));
                    let _ = writeln!(out, "formula,m*x*(1-x^n)/(1-x) with x=r/(1+d)");
                }
                None => {
                    let _ = writeln!(out, "years,unlimited");
                    let _ = writeln!(out, "margin_multiple,{}", export::cell(Some(multiple)));
                    let _ = writeln!(out, "formula,m*r/(1+d-r)");
                }
            }
        }
        ClvValue::Infinite => {
            let _ = writeln!(out, "clv,infinite");
            let _ = writeln!(out, "years,unlimited");
            let _ = writeln!(out, "margin_multiple,infinite");
            let _ = writeln!(
                out,
                "formula,m*r/(1+d-r) is infinite at r=1 and d=0: give --years or a discount rate above 0"
            );
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(line: &str) -> Outcome {
        let args: Vec<String> = line.split_whitespace().map(String::from).collect();
        main_with(&args)
    }

    #[test]
    fn clv_gives_the_textbook_values() {
        let out = call("clv --margin 1 --retention 0.8 --discount 0.1").unwrap();
        assert!(out.starts_with("clv,2.666667\n"), "{out}");
        let out = call("clv --margin 1 --retention 0.9 --discount 0.12").unwrap();
        assert!(out.starts_with("clv,4.090909\n"), "{out}");
        let out = call("clv --margin 100 --retention 0.8 --discount 0.1 --years 1").unwrap();
        assert!(out.starts_with("clv,72.727273\n"), "{out}");
        // The same inputs as the page: full retention, in percent too.
        let out = call("clv --margin 1000 --retention 1 --discount 0 --years 12").unwrap();
        assert!(out.starts_with("clv,12000\n"), "{out}");
        let out = call("clv --margin 1000 --retention 100% --discount 10% ").unwrap();
        assert!(out.starts_with("clv,10000\n"), "{out}");
        let out = call("clv --margin 1000 --retention 1 --discount 0").unwrap();
        assert!(out.starts_with("clv,infinite\n"), "{out}");
        let out = call("clv --margin 1000 --retention 0.8 --discount 0.05 --years 3").unwrap();
        assert!(
            out.starts_with("clv,1784.688"),
            "1,784.69 to the cent: {out}"
        );
        assert!(
            out.contains("margin_multiple,1.784688"),
            "its own multiple: {out}"
        );
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
        ] {
            let e = call(line).expect_err(line);
            assert!(!e.contains('\n'), "{line}: {e}");
            assert!(!e.is_empty());
        }
        assert_eq!(
            call("run --set price=9").unwrap_err(),
            "price: 9 is outside the allowed range 0.6 to 1.6"
        );
    }

    #[test]
    fn levers_csv_lists_every_lever_and_setting() {
        let out = call("levers --format csv").unwrap();
        let mut lines = out.lines();
        assert_eq!(lines.next(), Some("name,unit,min,max,default"));
        let names: Vec<&str> = lines.map(|l| l.split(',').next().unwrap()).collect();
        for l in &LEVERS {
            assert!(names.contains(&l.name));
        }
        for s in &SETTINGS {
            assert!(names.contains(&s.name));
        }
        assert!(names.contains(&"retention_targeting"));
        assert!(out.lines().all(|l| l.split(',').count() == 5));
    }

    #[test]
    fn run_prints_one_row_per_month_and_applies_settings() {
        let out =
            call("run --customers 300 --months 5 --set competition=0.9 --set price=1.1").unwrap();
        assert_eq!(out.lines().count(), 6);
        let json = call("run --customers 300 --months 2 --format json").unwrap();
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["months"].as_array().unwrap().len(), 2);
        assert_eq!(v["scenario"]["market_size"], 300);
    }
}
