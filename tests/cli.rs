//! The `crm-lab` binary as a lecturer uses it: commands, files, exit codes.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn crm_lab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crm-lab"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn scenarios_lists_the_four_built_ins() {
    let o = crm_lab(&["scenarios"]);
    assert!(o.status.success());
    let out = stdout(&o);
    for name in ["default", "competitive", "monopoly", "subscription"] {
        assert!(
            out.lines()
                .any(|l| l.starts_with(name) && l.len() > name.len() + 10),
            "{name} with a description"
        );
    }
}

#[test]
fn levers_csv_has_the_documented_header() {
    let o = crm_lab(&["levers", "--format", "csv"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert_eq!(out.lines().next(), Some("name,unit,min,max,default"));
    assert!(out.contains("\ncare_phone,calls per targeted customer per month,0,6,0.9\n"));
    assert!(out.contains("\ncare_im,instant messages per targeted customer per month,0,30,0\n"));
    assert!(out.contains("\nsegments[].online_share,"));
    assert!(out.contains("\ncompetition,"));
}

/// A run of the monopoly scenario with a setting and a lever changed.
const RUN_ARGS: [&str; 13] = [
    "run",
    "--scenario",
    "monopoly",
    "--customers",
    "1500",
    "--months",
    "12",
    "--seed",
    "7",
    "--set",
    "retention_spend=8",
    "--set",
    "competition=0.2",
];

#[test]
fn run_prints_the_monthly_series_and_writes_the_customers() {
    let dir = std::env::temp_dir().join(format!("crm-lab-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let customers = dir.join("customers.csv");
    let mut args = RUN_ARGS.to_vec();
    args.extend(["--customers-csv", customers.to_str().unwrap()]);
    let o = crm_lab(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let header = out.lines().next().unwrap();
    assert!(header.starts_with("month,prospects,acquisition,growth,maturity,decline,churned,"));
    for col in crm_lab::export::REQUIRED_MONTHLY_COLUMNS {
        assert!(header.split(',').any(|h| h == col), "{col}");
    }
    assert_eq!(out.lines().count(), 13);
    let snapshot = std::fs::read_to_string(&customers).unwrap();
    let mut lines = snapshot.lines();
    assert!(lines.next().unwrap().starts_with(
        "id,segment,stage,satisfaction,satisfaction_band,loyalty,repurchase_prob,tenure,realised_value,discounted_value,clv"
    ));
    assert_eq!(lines.clone().count(), 1500);
    let bands = [
        "very_dissatisfied",
        "dissatisfied",
        "basically_satisfied",
        "very_satisfied",
        "delighted",
        "",
    ];
    for l in lines {
        let f: Vec<&str> = l.split(',').collect();
        assert!(bands.contains(&f[4]), "{l}");
    }
    // Same arguments, same output.
    let again = crm_lab(&RUN_ARGS);
    assert_eq!(stdout(&again), out);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn run_reads_scenario_and_decision_files() {
    let dir = std::env::temp_dir().join(format!("crm-lab-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scenario = dir.join("market.json");
    let mut s = crm_lab::sim::Scenario::built_in("subscription").unwrap();
    s.market_size = 800;
    s.months = 6;
    std::fs::write(&scenario, serde_json::to_string(&s).unwrap()).unwrap();
    let decisions = dir.join("decisions.json");
    std::fs::write(
        &decisions,
        serde_json::to_string(&crm_lab::sim::Decisions::constant(Default::default())).unwrap(),
    )
    .unwrap();
    let o = crm_lab(&[
        "run",
        "--scenario",
        scenario.to_str().unwrap(),
        "--decisions",
        decisions.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["scenario"]["name"], "subscription");
    assert_eq!(v["months"].as_array().unwrap().len(), 6);

    // A broken file: the error names the field, the range and the value.
    std::fs::write(
        &scenario,
        serde_json::to_string(&s)
            .unwrap()
            .replace("\"gross_margin\":0.7", "\"gross_margin\":1.7"),
    )
    .unwrap();
    let o = crm_lab(&["run", "--scenario", scenario.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).trim(),
        "crm-lab: gross_margin: 1.7 is outside the allowed range 0.05 to 0.9"
    );
    std::fs::write(&decisions, "{ not json").unwrap();
    let o = crm_lab(&["run", "--decisions", decisions.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn clv_prints_the_closed_form() {
    let o = crm_lab(&[
        "clv",
        "--margin",
        "1",
        "--retention",
        "0.8",
        "--discount",
        "0.1",
    ]);
    assert!(o.status.success());
    assert_eq!(stdout(&o).lines().next(), Some("clv,2.666667"));
    let o = crm_lab(&[
        "clv",
        "--margin",
        "1",
        "--retention",
        "0.9",
        "--discount",
        "0.12",
    ]);
    assert_eq!(stdout(&o).lines().next(), Some("clv,4.090909"));
}

/// A matrix written to a fresh file; returns its path.
fn matrix_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("crm-lab-ahp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// `name,value` lines as pairs.
fn pairs(out: &str) -> Vec<(String, String)> {
    out.lines()
        .filter_map(|l| l.split_once(','))
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

fn value(p: &[(String, String)], name: &str) -> f64 {
    p.iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} printed"))
        .1
        .parse()
        .unwrap()
}

#[test]
fn ahp_prints_weights_and_consistency_and_warns_when_inconsistent() {
    // The common textbook matrix: consistent enough, no warning.
    let path = matrix_file("three.csv", "1,3,5\n1/3,1,3\n1/5,1/3,1\n");
    let o = crm_lab(&["ahp", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let p = pairs(&stdout(&o));
    let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "weight_1",
            "weight_2",
            "weight_3",
            "lambda_max",
            "CI",
            "RI",
            "CR",
            "consistent"
        ]
    );
    assert!((value(&p, "weight_1") - 0.637).abs() < 5e-4);
    assert!((value(&p, "CR") - 0.033).abs() < 5e-4);
    assert_eq!(p[7].1, "yes");

    // Saaty's (1990) house example: CR 0.169, so a warning line.
    let path = matrix_file(
        "house.csv",
        "# Saaty 1990, Table 2\n1 5 3 7 6 6 1/3 1/4\n1/5 1 1/3 5 3 3 1/5 1/7\n1/3 3 1 6 3 4 6 1/5\n\
         1/7 1/5 1/6 1 1/3 1/4 1/7 1/8\n1/6 1/3 1/3 3 1 1/2 1/5 1/6\n1/6 1/3 1/4 4 2 1 1/5 1/6\n\
         3 5 1/6 7 5 5 1 1/2\n4 7 5 8 6 6 2 1\n",
    );
    let o = crm_lab(&["ahp", path.to_str().unwrap()]);
    assert!(o.status.success());
    let out = stdout(&o);
    let p = pairs(&out);
    assert!((value(&p, "weight_8") - 0.333).abs() < 5e-4, "{out}");
    assert!((value(&p, "lambda_max") - 9.669).abs() < 5e-4, "{out}");
    assert!((value(&p, "CR") - 0.169).abs() < 5e-4, "{out}");
    assert!(out.contains("\nconsistent,no\nwarning,CR 0.169"), "{out}");
}

#[test]
fn ahp_refuses_bad_matrices_in_one_line() {
    for (name, text, says) in [
        ("ragged.csv", "1,2,3\n1/2,1\n1/3,1,1", "not square"),
        ("negative.csv", "1,-2\n-0.5,1", "not positive"),
        ("mirror.csv", "1,3\n3,1", "not reciprocal"),
        ("words.csv", "1,three\n1/3,1", "not a number"),
        ("empty.csv", "\n", "no rows"),
    ] {
        let path = matrix_file(name, text);
        let o = crm_lab(&["ahp", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        let e = stderr(&o);
        assert_eq!(e.lines().count(), 1, "{name}: {e}");
        assert!(e.contains(says), "{name}: {e}");
        assert!(e.contains(name), "names the file: {e}");
    }
    let o = crm_lab(&["ahp", "/nonexistent/matrix.csv"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn bad_arguments_fail_with_one_line_and_no_panic() {
    for args in [
        vec!["run", "--months", "500"],
        vec!["run", "--set", "price=abc"],
        vec!["run", "--customers"],
        vec!["run", "--scenario", "atlantis"],
        vec!["clv", "--margin", "1"],
        vec!["ahp"],
        vec!["levers", "--format", "pdf"],
        vec!["teleport"],
        vec![],
    ] {
        let o = crm_lab(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = stderr(&o);
        assert_eq!(e.lines().count(), 1, "{args:?}: {e}");
        assert!(!e.contains("panicked"), "{args:?}: {e}");
        assert!(o.stdout.is_empty());
    }
}

/// The fields of a CSV line (quoted fields may hold commas and "" quotes).
fn csv_fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            c => out.last_mut().unwrap().push(c),
        }
    }
    out
}

/// A folder of run files for one assignment, as a lecturer collects them:
/// two honest ones, one with an edited score, one with an edited decision,
/// one of another assignment, one that is not JSON and one too large.
fn class_folder(name: &str) -> (std::path::PathBuf, crm_lab::coursework::Assignment) {
    use crm_lab::coursework::{Assignment, Playthrough, RunFile};
    use crm_lab::sim::Levers;
    let dir = std::env::temp_dir().join(format!("crm-lab-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut a = Assignment::built_in("pricing-and-cdv").unwrap();
    a.scenario.market_size = 1_500;
    a.rounds = 4;
    a.events.clear();
    let play = |a: &Assignment, service: f64, who: &str| {
        let mut p = Playthrough::new(a, a.scenario.seed).unwrap();
        let l = Levers {
            service_quality: service,
            ..a.start_levers
        };
        while !p.finished() {
            p.submit(&l).unwrap();
        }
        RunFile::of(&p, who, "notes")
    };
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    write("wang.json", &play(&a, 12.0, "王芳").to_json());
    write("zhang.json", &play(&a, 8.0, "Zhang, Wei").to_json());
    let mut inflated = play(&a, 8.0, "Inflated");
    inflated.results.score *= 2.0;
    write("inflated.json", &inflated.to_json());
    let mut changed = play(&a, 8.0, "Changed");
    changed.decisions[2].service_quality = 20.0;
    write("changed.json", &changed.to_json());
    let mut easier = a.clone();
    easier.scenario.competitor_quality = 2.0;
    write("easier.json", &play(&easier, 8.0, "Easier").to_json());
    write("broken.json", "{ \"format\": \"crm-lab-run\", ");
    write("huge.json", &" ".repeat(3_000_000));
    write("readme.txt", "not a run file and not .json: skipped");
    (dir, a)
}

#[test]
fn grade_verifies_a_folder_and_flags_what_was_tampered_with() {
    let (dir, a) = class_folder("grade");
    let official = dir.join("official-assignment.json.txt");
    std::fs::write(&official, a.to_json()).unwrap();
    let out_csv = dir.join("grades.csv");
    let o = crm_lab(&[
        "grade",
        dir.to_str().unwrap(),
        "--assignment",
        official.to_str().unwrap(),
        "--out",
        out_csv.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o).trim(),
        format!("graded 7 files into {}", out_csv.display())
    );
    let csv = std::fs::read_to_string(&out_csv).unwrap();
    // A file for a spreadsheet starts with a byte-order mark (UTF-8).
    let csv = csv.strip_prefix('\u{feff}').expect("a byte-order mark");
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows[0].starts_with("rank,file,student,verified,reason,score,"));
    assert_eq!(rows.len(), 8);
    let row = |file: &str| *rows.iter().find(|r| r.contains(file)).unwrap();
    let verified = |file: &str| csv_fields(row(file))[3].clone();
    assert_eq!(verified("wang.json"), "yes");
    assert!(row("wang.json").contains("王芳"));
    assert!(row("zhang.json").contains(",\"Zhang, Wei\",yes,"));
    assert!(row("inflated.json").contains(",no,\"results.score: the file says"));
    assert!(row("changed.json").contains(",no,\"results."));
    assert!(row("easier.json").contains(",no,\"assignment: the file says scenario"));
    assert!(
        row("broken.json").contains(",no,the file is damaged")
            || row("broken.json").contains(",no,the file is not JSON")
    );
    assert!(row("huge.json").contains(",no,the file is too large:"));
    assert!(!csv.contains("readme.txt"));
    // Verified runs ranked first by the replayed score, then the
    // unverified ones unranked (a tampered file cannot outrank an honest
    // one), then the unreadable files.
    let score = |r: &str| csv_fields(r)[5].parse::<f64>().unwrap();
    assert_eq!(csv_fields(rows[1])[0], "1");
    assert_eq!(csv_fields(rows[2])[0], "2");
    assert!(score(rows[1]) >= score(rows[2]));
    assert!(rows[1..3].iter().all(|r| csv_fields(r)[3] == "yes"));
    assert!(rows[3..6]
        .iter()
        .all(|r| csv_fields(r)[0].is_empty() && csv_fields(r)[3] == "no"));
    assert!(rows[6].contains("broken.json") || rows[6].contains("huge.json"));
    assert!(rows[7].contains("broken.json") || rows[7].contains("huge.json"));
    // Without --out, the CSV goes to stdout; a built-in id works as --assignment.
    let o = crm_lab(&[
        "grade",
        dir.to_str().unwrap(),
        "--assignment",
        "pricing-and-cdv",
    ]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("wang.json"));
    assert!(
        stdout(&o).lines().skip(1).all(|l| csv_fields(l)[3] == "no"),
        "another market size than the built-in"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// What the page meets, `grade` meets alike: a UTF-16 file (Notepad's
/// "Unicode") and a name with invalid UTF-8 read and verify; a built-in
/// assignment with an edited penalty does not verify even without
/// `--assignment`; a name that reorders text is neutralised; a broken link,
/// a folder and a named pipe named *.json each get a row, and nothing
/// blocks.
#[test]
fn grade_reads_every_file_as_the_page_does_and_gives_every_entry_a_row() {
    use crm_lab::coursework::{Assignment, Playthrough, RunFile};
    let dir = std::env::temp_dir().join(format!("crm-lab-grade-odd-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let a = Assignment::built_in("pricing-and-cdv").unwrap();
    let play = |a: &Assignment, who: &str| {
        let mut p = Playthrough::new(a, a.scenario.seed).unwrap();
        for _ in 0..2 {
            p.submit(&a.start_levers).unwrap();
        }
        RunFile::of(&p, who, "")
    };
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        play(&a, "Notepad")
            .to_json()
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    std::fs::write(dir.join("utf16.json"), utf16).unwrap();
    let json = play(&a, "Bad BYTE")
        .to_json()
        .replace("Bad BYTE", "Bad \u{1}");
    let mut bytes = json.into_bytes();
    let at = bytes.windows(3).position(|w| w == b"Bad").unwrap() + 4;
    bytes[at] = 0xFF;
    std::fs::write(dir.join("invalid-utf8.json"), &bytes).unwrap();
    let mut lighter = a.clone();
    lighter.scoring.penalty = 0.0;
    std::fs::write(
        dir.join("lighter.json"),
        play(&lighter, "Lighter").to_json(),
    )
    .unwrap();
    std::fs::write(
        dir.join("spoof.json"),
        play(&a, "Ali\u{202E}gnp.exe").to_json(),
    )
    .unwrap();
    std::fs::write(dir.join("assignment.json"), a.to_json()).unwrap();
    std::fs::create_dir_all(dir.join("folder.json")).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("broken-link.json")).unwrap();
        let fifo = dir.join("pipe.json");
        assert!(Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
    }
    let o = crm_lab(&["grade", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = stdout(&o);
    let row = |file: &str| {
        csv.lines()
            .find(|r| r.contains(file))
            .unwrap_or_else(|| panic!("a row for {file}:\n{csv}"))
            .to_string()
    };
    assert_eq!(csv_fields(&row("utf16.json"))[3], "yes");
    assert_eq!(csv_fields(&row("invalid-utf8.json"))[3], "yes");
    assert!(csv_fields(&row("invalid-utf8.json"))[2].contains('\u{FFFD}'));
    assert_eq!(
        csv_fields(&row("lighter.json"))[3],
        "no",
        "an edited built-in never verifies"
    );
    assert!(row("lighter.json").contains("assignment"));
    assert_eq!(csv_fields(&row("spoof.json"))[2], "Alignp.exe");
    assert!(row("assignment.json").contains("assignment, not a run file"));
    assert!(row("folder.json").contains("a folder"));
    #[cfg(unix)]
    {
        assert!(row("broken-link.json").contains("broken link"));
        assert!(row("pipe.json").contains("named pipe"));
        // Replaying a pipe says what it is instead of waiting on it.
        let o = crm_lab(&["replay", dir.join("pipe.json").to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains("named pipe"));
    }
    let o = crm_lab(&["replay", dir.join("assignment.json").to_str().unwrap()]);
    assert!(
        stderr(&o).contains("assignment, not a run file"),
        "{}",
        stderr(&o)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn replay_prints_the_monthly_series_of_a_run_file() {
    let (dir, _) = class_folder("replay");
    let o = crm_lab(&["replay", dir.join("wang.json").to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("month,"));
    assert_eq!(out.lines().count(), 5, "a header and four months");
    let o = crm_lab(&["replay", dir.join("broken.json").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("broken.json"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn coursework_commands_refuse_bad_arguments_in_one_line() {
    for args in [
        vec!["grade"],
        vec!["grade", "/no/such/folder"],
        vec!["grade", ".", "--assignment", "no-such-assignment"],
        vec!["grade", ".", "--colour", "red"],
        vec!["replay"],
        vec!["replay", "/no/such/file.json"],
        vec!["replay", "a.json", "extra"],
    ] {
        let o = crm_lab(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = stderr(&o);
        assert_eq!(e.lines().count(), 1, "{args:?}: {e}");
    }
    let o = crm_lab(&["assignments"]);
    assert!(stdout(&o).contains("loyalty-under-competition"));
}

#[test]
fn sweep_moves_each_lever_over_its_range() {
    let o = crm_lab(&[
        "sweep",
        "--customers",
        "1000",
        "--months",
        "18",
        "--points",
        "3",
        "--seeds",
        "1,2",
        "--format",
        "csv",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("lever,value,cumulative_profit,satisfaction,annual_retention,customer_equity,is_base,is_best")
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(
        rows.len(),
        14 * 3,
        "three points for each of fourteen levers"
    );
    for lever in [
        "price",
        "service_quality",
        "care_sms",
        "care_phone",
        "care_im",
        "care_email",
        "acquisition_spend",
        "complaint_handling",
        "winback_spend",
        "save_offer",
        "points_rate",
        "member_threshold",
        "gold_card_threshold",
        "gold_card_benefit",
    ] {
        let mine: Vec<_> = rows.iter().filter(|r| r[0] == lever).collect();
        assert_eq!(mine.len(), 3, "{lever}");
        // A programme's thresholds change nothing while no programme runs
        // (the default): no point is called the best of a flat line.
        let flat = mine
            .iter()
            .all(|r| r[2] == mine[0][2] && r[5] == mine[0][5]);
        assert_eq!(
            flat,
            matches!(lever, "member_threshold" | "gold_card_threshold"),
            "{lever}: flat only where nothing runs"
        );
        assert_eq!(
            mine.iter().filter(|r| r[7] == "true").count(),
            usize::from(!flat),
            "{lever}: one best, none on a flat line"
        );
    }
    // The ends of the service lever's range, and satisfaction rising with it.
    let service: Vec<f64> = rows
        .iter()
        .filter(|r| r[0] == "service_quality")
        .map(|r| r[3].parse().unwrap())
        .collect();
    assert!(service[0] < service[2], "{service:?}");
    let table = stdout(&crm_lab(&[
        "sweep",
        "--customers",
        "500",
        "--months",
        "13",
        "--points",
        "2",
        "--seeds",
        "1",
    ]));
    assert!(table.contains("profit-best") && table.contains("care_phone"));
    let bad = crm_lab(&["sweep", "--points", "1"]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(stderr(&bad).lines().count(), 1);
    assert!(stderr(&bad).contains("--points"));
    assert!(stderr(&crm_lab(&["sweep", "--seeds", "a,b"])).contains("--seeds"));
}

#[test]
fn backtest_compares_predicted_clv_with_what_customers_earned() {
    let o = crm_lab(&[
        "backtest",
        "--customers",
        "3000",
        "--at",
        "6",
        "--until",
        "60",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let field = |name: &str| -> f64 {
        out.lines()
            .find_map(|l| l.strip_prefix(&format!("{name},")))
            .unwrap_or_else(|| panic!("{name} in {out}"))
            .parse()
            .unwrap()
    };
    assert_eq!(field("forecast_month"), 6.0);
    assert_eq!(field("followed_until"), 60.0);
    let outcome =
        field("realised_discounted_margin") + field("predicted_clv_of_those_still_active");
    let error = field("error");
    assert!((field("predicted_clv_sum") / outcome - 1.0 - error).abs() < 1e-3);
    assert!(error.abs() < 0.15, "{error}");
    for bad in [["--at", "0"], ["--until", "200"]] {
        let o = crm_lab(&["backtest", bad[0], bad[1]]);
        assert_eq!(o.status.code(), Some(2), "{bad:?}");
        assert!(stderr(&o).contains(&bad[0][2..]), "{}", stderr(&o));
    }
}

#[test]
fn help_and_version_answer_on_stdout() {
    let o = crm_lab(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("Usage: crm-lab <COMMAND>"));
    assert!(o.stderr.is_empty());
    let o = crm_lab(&["--version"]);
    assert!(o.status.success());
    assert_eq!(
        stdout(&o).trim(),
        format!("crm-lab {}", env!("CARGO_PKG_VERSION"))
    );
    for (command, option) in [
        ("clv", "--margin <M>"),
        ("run", "--set <NAME=VALUE>"),
        ("sweep", "--points <N>"),
        ("play", "--decisions <FILE.json>"),
        ("grade", "--assignment <FILE|ID>"),
    ] {
        let o = crm_lab(&[command, "--help"]);
        assert!(o.status.success(), "{command}");
        assert!(stdout(&o).contains(option), "{command}: {}", stdout(&o));
    }
    let o = crm_lab(&["completions", "bash"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("crm-lab"));
}

/// The `examples/` folder of the repository.
fn examples() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

#[test]
fn play_writes_the_run_files_the_examples_hold() {
    let dir = std::env::temp_dir().join(format!("crm-lab-play-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["li-lei", "wang-fang"] {
        let example: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(examples().join(format!("{name}.json"))).unwrap(),
        )
        .unwrap();
        let out = dir.join(format!("{name}.json"));
        let decisions = examples().join("decisions").join(format!("{name}.json"));
        let o = crm_lab(&[
            "play",
            "retention-vs-acquisition",
            "--decisions",
            decisions.to_str().unwrap(),
            "--student",
            example["student"].as_str().unwrap(),
            "--notes",
            example["notes"].as_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(
            stdout(&o).starts_with("played 8 of 8 rounds"),
            "{}",
            stdout(&o)
        );
        let played: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        assert_eq!(
            played, example,
            "examples/{name}.json is what `crm-lab play` makes of examples/decisions/{name}.json \
             (after a deliberate model change, play it again)"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn grading_the_examples_ranks_the_honest_runs_and_flags_the_tampered_copy() {
    let o = crm_lab(&["grade", examples().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let rows: Vec<Vec<String>> = out.lines().skip(1).map(csv_fields).collect();
    assert_eq!(rows.len(), 3, "{out}");
    assert_eq!(rows[0][..4], ["1", "li-lei.json", "李雷 Li Lei", "yes"]);
    assert_eq!(
        rows[1][..4],
        ["2", "wang-fang.json", "王芳 Wang Fang", "yes"]
    );
    assert_eq!(
        rows[2][..4],
        ["", "li-lei-tampered.json", "李雷 Li Lei", "no"]
    );
    assert!(
        rows[2][4].starts_with("results.score: the file says"),
        "{out}"
    );
    // The tampered copy is scored by what its decisions really earn.
    assert_eq!(rows[2][5], rows[0][5]);
}

#[test]
fn play_refuses_bad_decisions_in_one_line() {
    let dir = std::env::temp_dir().join(format!("crm-lab-play-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let out = dir.join("out.json");
    let out = out.to_str().unwrap();
    for (decisions, says) in [
        (
            file("broken.json", "[{\"price\": 1.1}"),
            "expected a list of rounds",
        ),
        (
            file("object.json", r#"{"price": 1.1}"#),
            "expected a list of rounds",
        ),
        (
            file("too-many.json", &format!("[{}]", vec!["{}"; 13].join(","))),
            "13 rounds of decisions for an assignment of 8 rounds",
        ),
        (
            file("price.json", r#"[{"price": 9}]"#),
            "round 1: price: 9 is outside the allowed range 0.6 to 1.6",
        ),
        (
            file("colour.json", r#"[{"colour": "red"}]"#),
            "round 1: unknown lever 'colour'",
        ),
        (
            "/no/such/decisions.json".to_string(),
            "cannot read decisions file",
        ),
    ] {
        let o = crm_lab(&[
            "play",
            "retention-vs-acquisition",
            "--decisions",
            &decisions,
            "--student",
            "X",
            "--out",
            out,
        ]);
        assert_eq!(o.status.code(), Some(2), "{decisions}");
        let e = stderr(&o);
        assert_eq!(e.lines().count(), 1, "{e}");
        assert!(e.contains(says), "{says} in {e}");
    }
    assert!(
        !std::path::Path::new(out).exists(),
        "nothing written on an error"
    );
    for args in [
        vec![
            "play",
            "no-such-assignment",
            "--decisions",
            "x.json",
            "--student",
            "X",
            "--out",
            out,
        ],
        vec![
            "play",
            "retention-vs-acquisition",
            "--student",
            "X",
            "--out",
            out,
        ],
    ] {
        let o = crm_lab(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn grade_out_keeps_typed_text_from_running_as_a_formula() {
    let dir = std::env::temp_dir().join(format!("crm-lab-formula-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = dir.join("mallory.json");
    let o = crm_lab(&[
        "play",
        "retention-vs-acquisition",
        "--decisions",
        examples()
            .join("decisions/wang-fang.json")
            .to_str()
            .unwrap(),
        "--student",
        "=HYPERLINK(\"http://example.com\",\"click\")",
        "--notes",
        "-1+2, @SUM(A1)",
        "--out",
        run.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let sheet = dir.join("grades.csv");
    let o = crm_lab(&[
        "grade",
        dir.to_str().unwrap(),
        "--out",
        sheet.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        format!("graded 1 files into {}\n", sheet.display())
    );
    let csv = std::fs::read_to_string(&sheet).unwrap();
    let row = csv_fields(csv.lines().nth(1).unwrap());
    assert_eq!(row[2], "'=HYPERLINK(\"http://example.com\",\"click\")");
    assert_eq!(row[15], "'-1+2, @SUM(A1)");
    // Numbers stay numbers.
    assert!(
        row[5].parse::<f64>().is_ok() && row[12].parse::<f64>().is_ok(),
        "{row:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_of_another_kind_or_an_option_that_does_nothing_is_named() {
    let run = examples().join("li-lei.json");
    let o = crm_lab(&["run", "--scenario", run.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("is a run file, not a scenario"),
        "{}",
        stderr(&o)
    );
    let o = crm_lab(&["backtest", "--months", "6"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("crm-lab: --months: a backtest follows"),
        "{}",
        stderr(&o)
    );
    // --export makes its folder.
    let dir = std::env::temp_dir().join(format!("crm-lab-export-{}/new", std::process::id()));
    let o = crm_lab(&["assignments", "--export", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(dir.join("win-back-decline.json").is_file());
    let o = crm_lab(&[
        "run",
        "--scenario",
        dir.join("win-back-decline.json").to_str().unwrap(),
    ]);
    assert!(
        stderr(&o).contains("is an assignment file, not a scenario"),
        "{}",
        stderr(&o)
    );
    let _ = std::fs::remove_dir_all(dir.parent().unwrap());
}

#[test]
fn cutting_a_loyalty_programme_brings_the_courses_warning() {
    let dir = std::env::temp_dir().join(format!("crm-lab-cut-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let rounds = dir.join("rounds.json");
    std::fs::write(
        &rounds,
        r#"[{"points_rate": 0.03}, {}, {"points_rate": 0}, {}]"#,
    )
    .unwrap();
    let out = dir.join("run.json");
    let o = crm_lab(&[
        "play",
        "pricing-and-cdv",
        "--decisions",
        rounds.to_str().unwrap(),
        "--student",
        "x",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stdout(&o);
    assert!(
        said.contains("note: round 3 cuts the loyalty programme: incentive loyalty leaves when the incentive goes"),
        "{said}"
    );
    assert!(!said.contains("round 2 cuts") && !said.contains("round 4 cuts"));
    let schedule = dir.join("schedule.json");
    std::fs::write(
        &schedule,
        r#"{"format_version": 1, "schedule": [
            {"from_month": 1, "levers": {"price": 1, "service_quality": 8, "retention_spend": 5, "acquisition_spend": 4000, "complaint_handling": 0.6, "winback_spend": 0, "points_rate": 0.04, "retention_targeting": "all"}},
            {"from_month": 7, "levers": {"price": 1, "service_quality": 8, "retention_spend": 5, "acquisition_spend": 4000, "complaint_handling": 0.6, "winback_spend": 0, "retention_targeting": "all"}}]}"#,
    )
    .unwrap();
    let o = crm_lab(&[
        "run",
        "--customers",
        "500",
        "--months",
        "9",
        "--decisions",
        schedule.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("note: month 7 cuts the loyalty programme"));
    assert!(stdout(&o).starts_with("month,"), "the series stays CSV");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A three-team league of two rounds, saved as the league page saves it.
fn league_file() -> crm_lab::league::file::LeagueFile {
    use crm_lab::league::{League, LeagueSettings};
    use crm_lab::sim::Levers;
    let mut s = LeagueSettings::template("competitive").unwrap();
    s.market_size = 3_000;
    s.teams = vec!["红队 Red".into(), "Blue, Inc.".into(), "=Green".into()];
    let mut league = League::new(s);
    let cheap = Levers {
        price: 0.9,
        ..Levers::default()
    };
    let caring = Levers {
        care_phone: 2.0,
        ..Levers::default()
    };
    league.decisions = vec![vec![Levers::default(), cheap, caring]; 2];
    crm_lab::league::file::LeagueFile::of(&league).unwrap()
}

#[test]
fn league_verifies_a_league_file_and_ranks_its_teams() {
    let dir = std::env::temp_dir().join(format!("crm-lab-league-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = league_file();
    let path = dir.join("league.json");
    std::fs::write(&path, file.to_json()).unwrap();
    let o = crm_lab(&["league", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0].starts_with("rank,team,score,"));
    // Best first, names quoted or defused as a spreadsheet needs.
    let ranks: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(ranks, ["1", "2", "3"]);
    let best = &file.league.play().unwrap().ranking()[0];
    assert!(
        lines[1].contains(&best.name.replace('=', "'=")) || lines[1].contains("\"Blue, Inc.\"")
    );
    assert!(out.contains("\"Blue, Inc.\"") && out.contains("'=Green") && out.contains("红队 Red"));
    let csv = dir.join("ranking.csv");
    let o = crm_lab(&[
        "league",
        path.to_str().unwrap(),
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    assert!(
        stdout(&o).contains("verified, 2 of 6 rounds played"),
        "{}",
        stdout(&o)
    );
    let written = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(written.trim_start_matches('\u{feff}'), out);

    // An edited score or decision is found.
    let mut edited = file.clone();
    edited.table[2].score = (edited.table[2].score * 1.25).round();
    std::fs::write(&path, edited.to_json()).unwrap();
    let o = crm_lab(&["league", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not verified") && stderr(&o).contains("table[2].score"),
        "{}",
        stderr(&o)
    );
    let mut moved = file.clone();
    moved.league.decisions[0][1].price = 1.2;
    std::fs::write(&path, moved.to_json()).unwrap();
    let o = crm_lab(&["league", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not verified"), "{}", stderr(&o));

    // Other files are refused with a reason, not a panic.
    std::fs::write(&path, "{\"format\": \"crm-lab-run\"}").unwrap();
    let o = crm_lab(&["league", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not a CRM Lab league file"),
        "{}",
        stderr(&o)
    );
    std::fs::remove_dir_all(&dir).ok();
}
