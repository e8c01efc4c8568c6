//! The commands that run the model: `scenarios`, `levers`, `run`, `sweep`
//! and `backtest`.

use std::fmt::Write as _;

use super::files::{read_file, write_file};
use super::{ModelArgs, Outcome, RunFormat, TableFormat};
use crate::export::{self, CsvText};
use crate::sim::levers::{RETENTION_SPEND, RETENTION_SPEND_RANGE};
use crate::sim::scenario::{MAX_MONTHS, SEGMENT_TRAITS};
use crate::sim::validation::fmt_num;
use crate::sim::{
    backtest as backtest_model, run_with_final_state, sweep as sweep_model, Decisions, Levers,
    RetentionTargeting, Scenario, BUILT_IN, LEVERS, SETTINGS,
};

/// `crm-lab scenarios`: the built-in scenarios, one per line.
pub(super) fn scenarios() -> Outcome {
    let mut out = String::new();
    for name in BUILT_IN {
        let s = Scenario::built_in(name).expect("built-in");
        let _ = writeln!(out, "{name:<14}{}", s.description);
    }
    Ok(out)
}

/// `crm-lab levers`: every lever and setting with unit, range and default.
pub(super) fn levers(format: TableFormat) -> Outcome {
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
        RetentionTargeting::NAMES.join(" | "),
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
    const HEADER: [&str; 5] = ["name", "unit", "min", "max", "default"];
    if format == TableFormat::Csv {
        let mut csv = CsvText::new();
        csv.row(HEADER);
        for r in &rows {
            csv.row(r);
        }
        return Ok(csv.finish());
    }
    // Columns as wide as their widest cell: names and units to the left,
    // numbers to the right.
    let rows: Vec<[String; 5]> = std::iter::once(HEADER.map(String::from))
        .chain(rows)
        .collect();
    let width = |c: usize| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0);
    let w = [width(0), width(1), width(2), width(3), width(4)];
    let mut out = String::new();
    for r in &rows {
        let _ = writeln!(
            out,
            "{:<w0$}  {:<w1$}  {:>w2$}  {:>w3$}  {:>w4$}",
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            w0 = w[0],
            w1 = w[1],
            w2 = w[2],
            w3 = w[3],
            w4 = w[4]
        );
    }
    let (min, max) = RETENTION_SPEND_RANGE;
    let _ = writeln!(
        out,
        "\nThe care levers (care_sms, care_phone, care_im, care_email) are the channel mix; what it costs\n\
         per targeted customer a month is the retention spend. {RETENTION_SPEND}=X ({}-{} CNY), as earlier\n\
         links, files and rounds give it, sets the standard mix that costs X: {}.",
        fmt_num(min),
        fmt_num(max),
        standard_mix_words()
    );
    Ok(out)
}

/// The standard mix in words: per yuan up to the full mix, then calls.
fn standard_mix_words() -> String {
    let s = crate::sim::channels::STANDARD_PER_YUAN;
    format!(
        "per CNY up to {} CNY, {} SMS, {} calls and {} emails; above it, one more call per {} CNY",
        fmt_num(crate::sim::channels::STANDARD_FULL),
        fmt_num(s.sms),
        fmt_num(s.phone),
        fmt_num(s.email),
        fmt_num(crate::sim::channels::Channel::Phone.traits().cost)
    )
}

/// A scenario file; a run or assignment file given instead is named as
/// such, with the command that reads it.
fn scenario_file(path: &str) -> Result<Scenario, String> {
    use crate::coursework::run_file::{read_file as read_crm_lab_file, CrmLabFile};
    let text = read_file(path, "scenario")?;
    Scenario::from_json(&text).map_err(|e| match read_crm_lab_file(&text) {
        Ok(CrmLabFile::Run(_)) => format!(
            "--scenario: '{path}' is a run file, not a scenario ('crm-lab replay {path}' shows its months)"
        ),
        Ok(CrmLabFile::Assignment(_)) => format!(
            "--scenario: '{path}' is an assignment file, not a scenario ('crm-lab play {path} …' plays it)"
        ),
        Err(_) => e.to_string(),
    })
}

/// The scenario and decisions that the model options and `--decisions`
/// describe: `--set` applies to the levers of every month when it names a
/// lever, to the scenario when it names a setting.
fn scenario_and_decisions(
    model: &ModelArgs,
    decisions: Option<&str>,
) -> Result<(Scenario, Decisions), String> {
    let mut scenario = match model.scenario.as_deref() {
        None => Scenario::default(),
        Some(name) => match Scenario::built_in(name) {
            Some(s) => s,
            None if name.ends_with(".json") => scenario_file(name)?,
            None => {
                return Err(format!(
                    "--scenario: unknown scenario '{name}' (built-in: {}; or a .json file)",
                    BUILT_IN.join(", ")
                ))
            }
        },
    };
    for (flag, setting, value) in [
        ("customers", "market_size", &model.customers),
        ("months", "months", &model.months),
        ("seed", "seed", &model.seed),
    ] {
        if let Some(v) = value {
            scenario
                .set_from_text(setting, v)
                .map_err(|e| format!("--{flag}: {e}"))?;
        }
    }
    let mut decisions = match decisions {
        Some(path) => {
            Decisions::from_json(&read_file(path, "decisions")?).map_err(|e| e.to_string())?
        }
        None => Decisions::constant(Levers::default()),
    };
    for value in &model.set {
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
                "--set: unknown lever or setting '{key}' (known: {})",
                known.join(", ")
            ));
        }
    }
    scenario.validate().map_err(|e| e.to_string())?;
    Ok((scenario, decisions))
}

/// `crm-lab run`: the monthly series, as CSV or JSON.
pub(super) fn run(
    model: &ModelArgs,
    decisions: Option<&str>,
    format: RunFormat,
    customers_csv: Option<&str>,
) -> Outcome {
    let (scenario, decisions) = scenario_and_decisions(model, decisions)?;
    for month in crate::sim::programme::cut_months(&decisions) {
        // A note beside the series, not in it (stdout stays the CSV or JSON).
        eprintln!("note: month {month} {}", crate::sim::programme::CUT_WARNING);
    }
    let (run, sim) = run_with_final_state(&scenario, &decisions).map_err(|e| e.to_string())?;
    if let Some(path) = customers_csv {
        let last = decisions.levers_for(scenario.months);
        let market = crate::sim::loyalty_types::Market::of(&scenario, last);
        write_file(
            path,
            &export::customers_csv(&scenario, sim.customers(), &market),
        )?;
    }
    Ok(match format {
        RunFormat::Json => serde_json::to_string_pretty(&run).expect("a run serialises") + "\n",
        RunFormat::Csv => export::monthly_csv(&run.months),
    })
}

/// `crm-lab sweep`: each lever over its range, the others as given.
pub(super) fn sweep(model: &ModelArgs, points: u32, seeds: &[u64], format: TableFormat) -> Outcome {
    if seeds.is_empty() || seeds.len() > 20 {
        return Err(format!(
            "--seeds: expected 1 to 20 whole numbers separated by commas, not {}",
            seeds.len()
        ));
    }
    let (scenario, decisions) = scenario_and_decisions(model, None)?;
    let base = *decisions.levers_for(1);
    let sweeps = sweep_model::sweep_all(&scenario, &base, points as usize, seeds)
        .map_err(|e| e.to_string())?;
    if format == TableFormat::Csv {
        let mut csv = CsvText::new();
        csv.row([
            "lever",
            "value",
            "cumulative_profit",
            "satisfaction",
            "annual_retention",
            "customer_equity",
            "is_base",
            "is_best",
        ]);
        for s in &sweeps {
            let best = s.best().value;
            for p in &s.points {
                csv.row([
                    s.lever.name.to_string(),
                    fmt_num(p.value),
                    format!("{:.0}", p.profit),
                    format!("{:.2}", p.satisfaction),
                    format!("{:.4}", p.annual_retention),
                    format!("{:.0}", p.customer_equity),
                    (p.value == s.base).to_string(),
                    (p.value == best && !s.flat()).to_string(),
                ]);
            }
        }
        return Ok(csv.finish());
    }
    let mut out = String::new();
    // The steady window leaves out the first year, where there is more.
    let window = if scenario.months as usize > crate::sim::sweep::STEADY_FROM {
        format!("months {} on", crate::sim::sweep::STEADY_FROM + 1)
    } else {
        "every month".to_string()
    };
    let _ = writeln!(
        out,
        "Lever sweeps on '{}' ({} customers, {} months), mean of seeds {:?}.\n\
         Per point: cumulative profit (thousand CNY), mean satisfaction (0-100, {window}),\n\
         annual retention ({window}), customer equity at the end (thousand CNY).",
        scenario.name, scenario.market_size, scenario.months, seeds
    );
    for s in &sweeps {
        let best = s.best();
        let verdict = if s.flat() {
            "no effect with the other levers as they are".to_string()
        } else {
            format!("profit-best {}", fmt_num(best.value))
        };
        let _ = writeln!(
            out,
            "\n{} ({}): base {}, {verdict}",
            s.lever.name,
            s.lever.unit,
            fmt_num(s.base),
        );
        for p in &s.points {
            let best_here = p.value == best.value && !s.flat();
            let mark = match (best_here, p.value == s.base) {
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
pub(super) fn backtest(
    model: &ModelArgs,
    decisions: Option<&str>,
    at: Option<u32>,
    until: u32,
) -> Outcome {
    if !(2..=MAX_MONTHS).contains(&until) {
        return Err(format!(
            "--until: expected a month from 2 to {MAX_MONTHS}, not {until}"
        ));
    }
    // A year in, unless the follow-up ends sooner.
    let at = at.unwrap_or(12.min(until - 1));
    if !(1..until).contains(&at) {
        return Err(format!(
            "--at: expected a month from 1 to {} (before --until), not {at}",
            until - 1
        ));
    }
    if model.months.is_some() {
        return Err(
            "--months: a backtest follows the customers to --until, so the horizon is --until"
                .to_string(),
        );
    }
    let (scenario, decisions) = scenario_and_decisions(model, decisions)?;
    let b =
        backtest_model::backtest(&scenario, &decisions, at, until).map_err(|e| e.to_string())?;
    let mut csv = CsvText::new();
    for (name, value) in [
        ("scenario", export::text(&scenario.name)),
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
    ] {
        csv.row([name.to_string(), value]);
    }
    Ok(csv.finish())
}

#[cfg(test)]
mod tests {
    use super::super::tests::call;
    use crate::sim::{LEVERS, SETTINGS};

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
        let mut reader = csv::Reader::from_reader(out.as_bytes());
        assert!(reader.records().all(|r| r.unwrap().len() == 5));
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
