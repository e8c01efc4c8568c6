use crm_lab::sim::Levers;
use crm_lab::ui::run::{compute, ExploreSettings};
#[test]
fn probe() {
    for seed in [ExploreSettings::default().seed, 2, 3] {
        let go = |l: Levers| {
            let r = compute(&ExploreSettings {
                levers: l,
                seed,
                ..ExploreSettings::default()
            })
            .unwrap();
            let cost: f64 = r.run.months.iter().map(|m| m.books.retention_cost).sum();
            let kept: f64 = r.run.months.iter().map(|m| m.active as f64).sum();
            let lost: u32 = r.run.months.iter().map(|m| m.churned).sum();
            (
                cost,
                kept / 12.0,
                lost,
                r.run.months.last().unwrap().cumulative_profit,
            )
        };
        let b = go(Levers::default());
        for (sms, p, e) in [
            (3.0, 1.2, 4.0),
            (3.0, 1.5, 4.0),
            (3.0, 1.9, 4.0),
            (0.0, 1.9, 4.0),
            (0.0, 2.9, 0.0),
            (3.0, 0.9, 8.0),
            (3.0, 0.9, 10.0),
        ] {
            let r = go(Levers {
                care_sms: sms,
                care_phone: p,
                care_email: e,
                ..Levers::default()
            });
            println!("seed {seed} sms {sms} phone {p} email {e}: extra cost {:>8.0} extra active-years {:>6.1} lost {} vs {} profit {:.0} vs {:.0}", r.0-b.0, r.1-b.1, r.2, b.2, r.3, b.3);
        }
    }
}
