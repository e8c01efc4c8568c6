//! Calibration harness: prints sweeps and market shapes.
use crm_lab::sim::{run, Decisions, Levers, MonthReport, RetentionTargeting, Scenario, LEVERS};

fn pow12(x: f64) -> f64 {
    (0..12).fold(1.0, |a, _| a * x)
}
fn runs(name: &str, l: Levers, seeds: &[u64]) -> Vec<Vec<MonthReport>> {
    seeds
        .iter()
        .map(|&s| {
            run(
                &Scenario {
                    seed: s,
                    ..Scenario::built_in(name).unwrap()
                },
                &Decisions::constant(l),
            )
            .unwrap()
            .months
        })
        .collect()
}
fn mean<F: Fn(&[MonthReport]) -> f64>(r: &[Vec<MonthReport>], f: F) -> f64 {
    r.iter().map(|x| f(x)).sum::<f64>() / r.len() as f64
}
fn ann(r: &[MonthReport]) -> f64 {
    let w = &r[12..];
    pow12(
        w.iter()
            .map(|m| m.retention_rate.unwrap_or(0.0))
            .sum::<f64>()
            / w.len() as f64,
    )
}
fn sat(r: &[MonthReport]) -> f64 {
    let w = &r[12..];
    w.iter().map(|m| m.satisfaction.mean).sum::<f64>() / w.len() as f64
}

fn main() {
    let seeds = [1u64, 2, 3];
    let args: Vec<String> = std::env::args().collect();
    let what = args.get(1).map(|s| s.as_str()).unwrap_or("all");
    let market = args.get(2).map(|s| s.as_str()).unwrap_or("default");
    if what == "all" || what == "shape" {
        for name in ["default", "monopoly", "competitive", "subscription"] {
            let r = runs(name, Levers::default(), &seeds);
            let last = |f: &dyn Fn(&MonthReport) -> f64| mean(&r, |x| f(x.last().unwrap()));
            let bands: Vec<f64> = (0..5)
                .map(|b| last(&|m| m.satisfaction_bands.to_array()[b] as f64 / m.active as f64))
                .collect();
            let quads: Vec<f64> = (0..4)
                .map(|q| last(&|m| m.loyalty_matrix.to_array()[q]))
                .collect();
            let cs = mean(&r, |x| {
                let c: f64 = x.iter().map(|m| (m.complaints - m.recovered) as f64).sum();
                let t: f64 = x.iter().map(|m| m.churned as f64).sum();
                c / t
            });
            println!("{name:12} p10/90 {:.0}/{:.0} ret {:.3} sat {:.1} profit {:.0} eq {:.0} active {:.0} bands {:.3?} quads(L,La,S,N) {:.3?} complaint-churn {:.2} roi {:.2}",
                last(&|m| m.satisfaction.p10), last(&|m| m.satisfaction.p90), mean(&r, ann), mean(&r, sat), last(&|m| m.cumulative_profit), last(&|m| m.customer_equity), last(&|m| m.active as f64), bands, quads, cs,
                last(&|m| m.retention_roi.unwrap_or(f64::NAN)));
        }
    }
    if what == "all" || what == "sweep" {
        for spec in &LEVERS {
            let n = 9;
            print!("{:20} ", spec.name);
            let mut line = String::new();
            let mut best = (f64::MIN, 0.0);
            for k in 0..n {
                let v = spec.min + (spec.max - spec.min) * k as f64 / (n - 1) as f64;
                let mut l = Levers::default();
                (spec.set)(&mut l, v);
                let r = runs(market, l, &seeds);
                let p = mean(&r, |x| x.last().unwrap().cumulative_profit);
                if p > best.0 {
                    best = (p, v);
                }
                line += &format!(
                    " {v}:{:.0}k/{:.0}/{:.2}/{:.0}k",
                    p / 1e3,
                    mean(&r, sat),
                    mean(&r, ann),
                    mean(&r, |x| x.last().unwrap().customer_equity) / 1e3
                );
            }
            println!("best {} (default {}) |{line}", best.1, spec.default);
        }
    }
    if what == "all" || what == "facts" {
        // fact 5: repurchase by band, competitive vs monopoly, pooled
        for name in ["competitive", "monopoly"] {
            let r = runs(name, Levers::default(), &[1, 2, 3, 4, 5, 6]);
            let mut st = [0.0; 5];
            let mut tot = [0.0; 5];
            for run in &r {
                for w in run.windows(2) {
                    let c = w[0].satisfaction_bands.to_array();
                    let rr = w[1].repurchase_by_band.to_array();
                    for b in 0..5 {
                        if let Some(x) = rr[b] {
                            st[b] += x * c[b] as f64;
                            tot[b] += c[b] as f64;
                        }
                    }
                }
            }
            let a: Vec<f64> = (0..5).map(|b| pow12(st[b] / tot[b])).collect();
            println!(
                "{name} annual repurchase by band {:.3?} ratio {:.2}",
                a,
                a[4] / a[3]
            );
        }
        for h in [0.1, 0.9] {
            let r = runs(
                "default",
                Levers {
                    complaint_handling: h,
                    ..Levers::default()
                },
                &seeds,
            );
            let (k, t): (f64, f64) = r.iter().flatten().fold((0.0, 0.0), |a, m| {
                (a.0 + m.recovered as f64, a.1 + m.complaints as f64)
            });
            println!("handling {h}: complainants stay {:.3}", k / t);
        }
        for q in [8.0, 12.0, 16.0, 20.0, 25.0, 30.0] {
            let r = runs(
                "competitive",
                Levers {
                    service_quality: q,
                    ..Levers::default()
                },
                &seeds,
            );
            println!(
                "competitive service {q}: ret {:.3} profit {:.0}k",
                mean(&r, ann),
                mean(&r, |x| x.last().unwrap().cumulative_profit) / 1e3
            );
        }
    }
    if what == "diag" {
        let s = Scenario::built_in(market).unwrap();
        let (_, sim) =
            crm_lab::sim::run_with_final_state(&s, &Decisions::constant(Levers::default()))
                .unwrap();
        let act: Vec<_> = sim
            .customers()
            .iter()
            .filter(|c| c.stage.is_active())
            .collect();
        for seg in 0..3u8 {
            let mut hs: Vec<f64> = act
                .iter()
                .filter(|c| c.segment == seg && c.loyalty >= 50.0)
                .map(|c| 1.0 - c.repurchase_prob)
                .collect();
            hs.sort_by(f64::total_cmp);
            let n = hs.len();
            let all = act.iter().filter(|c| c.segment == seg).count();
            if n > 0 {
                println!("seg {seg}: {n}/{all} high-attitude; monthly churn p10 {:.3} p50 {:.3} p90 {:.3} max {:.3}", hs[n/10], hs[n/2], hs[9*n/10], hs[n-1]);
            }
            let mut ls: Vec<f64> = act
                .iter()
                .filter(|c| c.segment == seg)
                .map(|c| c.loyalty)
                .collect();
            ls.sort_by(f64::total_cmp);
            let m = ls.len();
            println!(
                "   loyalty p10 {:.0} p50 {:.0} p90 {:.0}",
                ls[m / 10],
                ls[m / 2],
                ls[9 * m / 10]
            );
        }
    }
    if what == "all" || what == "facts" {
        let grid = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0];
        for t in RetentionTargeting::ALL {
            let ps: Vec<f64> = grid
                .iter()
                .map(|&v| {
                    mean(
                        &runs(
                            "default",
                            Levers {
                                retention_spend: v,
                                retention_targeting: t,
                                ..Levers::default()
                            },
                            &seeds,
                        ),
                        |x| x.last().unwrap().cumulative_profit,
                    )
                })
                .collect();
            let (bi, bp) =
                ps.iter()
                    .enumerate()
                    .fold((0, f64::MIN), |a, (i, &p)| if p > a.1 { (i, p) } else { a });
            let r = runs(
                "default",
                Levers {
                    retention_spend: grid[bi],
                    retention_targeting: t,
                    ..Levers::default()
                },
                &seeds,
            );
            let w = |x: &[MonthReport]| {
                let s = &x[12..];
                (
                    s.iter().filter_map(|m| m.cac).sum::<f64>() / s.len() as f64,
                    s.iter()
                        .filter_map(|m| m.retention_cost_per_retained_year)
                        .sum::<f64>()
                        / s.len() as f64,
                )
            };
            let cac = mean(&r, |x| w(x).0);
            let keep = mean(&r, |x| w(x).1);
            println!(
                "{t:?}: best {} profit {:.0}k (+{:.1}% over 0), 5:1 ratio {:.2}, roi@best {:.2}",
                grid[bi],
                bp / 1e3,
                (bp / ps[0] - 1.0) * 100.0,
                cac / keep,
                mean(&r, |x| x.last().unwrap().retention_roi.unwrap_or(f64::NAN))
            );
        }
    }
    if what == "target" {
        for t in RetentionTargeting::ALL {
            for v in [0.0, 2.0, 4.0, 6.0, 8.0, 12.0, 16.0, 22.0, 30.0] {
                let l = Levers {
                    retention_spend: v,
                    retention_targeting: t,
                    ..Levers::default()
                };
                let r = runs(market, l, &seeds);
                println!(
                    "{t:?} {v}: profit {:.0}k eq {:.0}k ret {:.3} roi {:.2}",
                    mean(&r, |x| x.last().unwrap().cumulative_profit) / 1e3,
                    mean(&r, |x| x.last().unwrap().customer_equity) / 1e3,
                    mean(&r, ann),
                    mean(&r, |x| x.last().unwrap().retention_roi.unwrap_or(f64::NAN))
                );
            }
        }
    }
}
