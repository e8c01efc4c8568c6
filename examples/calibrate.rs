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
