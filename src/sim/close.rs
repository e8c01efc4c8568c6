//! Closing the month (MODEL.md §5 step 6): the books, the rates and the CLV
//! summaries of the month's tally, as a [`MonthReport`].

use super::books::Books;
use super::context::MonthContext;
use super::metrics::{
    over_a_year, ratio, EarlyWarningReport, Kpis, MonthReport, PerActiveStage, PerBand,
    PerQuadrant, PerStage, PerTier, ProgrammeReport, SegmentReport, MONTHS_PER_YEAR,
};
use super::stage::Stage;
use super::tally::{Gathered, Tally};
use super::{complaints, Simulation};

impl Simulation {
    /// Step 6: firm `f`'s books, CLV and month report.
    pub(super) fn close_month(
        &mut self,
        f: usize,
        ctx: &MonthContext,
        tally: Tally,
        gathered: &Gathered,
    ) -> MonthReport {
        let levers = &ctx.levers;
        let market = f64::from(self.scenario.market_size);
        let books = Books {
            revenue: tally.revenue,
            cost_of_goods: tally.cost_of_goods,
            service_cost: levers.service_quality * f64::from(tally.served),
            retention_cost: levers.retention_spend() * f64::from(tally.targeted),
            acquisition_cost: levers.acquisition_spend * market / 1000.0,
            complaint_cost: complaints::cost_per_complaint(levers.complaint_handling)
                * f64::from(tally.complaints),
            winback_cost: levers.winback_spend * f64::from(tally.churned_at_start),
            programme_cost: tally.programme.redeemed + tally.programme.benefit,
            save_cost: levers.save_offer * f64::from(tally.save.attempts),
        };
        let profit = books.profit();
        let firm = &mut self.firms[f];
        firm.cumulative_profit += profit;
        firm.cumulative_retention_cost += books.retention_cost;

        let mut stage_counts = [0u32; 6];
        for row in &tally.flows {
            for (to, n) in row.iter().enumerate() {
                stage_counts[to] += n;
            }
        }
        let active: u32 = stage_counts[1..5].iter().sum();
        let prospects_at_start: u32 = tally.flows[Stage::Prospect as usize].iter().sum();
        firm.recommendations = tally.recommendations;
        firm.warnings = tally.warnings;

        let start_active = f64::from(tally.start_active);
        let retention_rate = ratio(
            f64::from(tally.start_active - tally.churned_from_start),
            start_active,
        );
        let annual_retention = retention_rate.map(over_a_year);
        let complaint_rate = ratio(f64::from(tally.complaints), f64::from(tally.served));
        let retained = f64::from(tally.start_active - tally.churned_from_start);

        let mut repurchase = [None; 5];
        for (b, slot) in repurchase.iter_mut().enumerate() {
            *slot = ratio(
                f64::from(tally.band_stayed[b]),
                f64::from(tally.band_start[b]),
            );
        }
        let active_f = f64::from(active);
        let quadrants = tally
            .quadrants
            .map(|q| ratio(f64::from(q), active_f).unwrap_or(0.0));

        let mut clv_by_stage = [None; 4];
        for (k, slot) in clv_by_stage.iter_mut().enumerate() {
            *slot = ratio(tally.clv_stage_sum[k], f64::from(tally.clv_stage_n[k]));
        }

        let segments = self
            .scenario
            .segments
            .iter()
            .zip(&tally.segments)
            .map(|(s, st)| SegmentReport {
                name: s.name.clone(),
                active: st.active,
                new_customers: st.new_customers,
                satisfaction_mean: ratio(st.satisfaction_sum, f64::from(st.active)),
                retention_rate: ratio(f64::from(st.stayed), f64::from(st.start_active)),
                clv_mean: ratio(st.clv_sum, f64::from(st.active)),
                targeted: st.targeted,
            })
            .collect();

        let satisfaction = gathered.satisfaction.distribution(tally.satisfaction_sum);
        let loyalty = gathered.loyalty.distribution(tally.loyalty_sum);
        let retention_cost = books.retention_cost;
        MonthReport {
            month: self.month,
            stages: PerStage::from_array(stage_counts),
            flows: tally.flows,
            active,
            new_customers: tally.new_customers,
            won_back: tally.won_back,
            churned: tally.churned,
            lapsed: tally.lapsed,
            satisfaction,
            loyalty,
            satisfaction_bands: PerBand::from_array(tally.bands_end),
            repurchase_by_band: PerBand::from_array(repurchase),
            loyalty_matrix: PerQuadrant::from_array(quadrants),
            retention_rate,
            annual_retention,
            churn_rate: ratio(f64::from(tally.churned_from_start), start_active),
            service_failures: tally.failures,
            complaints: tally.complaints,
            complaint_rate,
            recovered: tally.complainants_stayed,
            recovery_rate: ratio(
                f64::from(tally.complainants_stayed),
                f64::from(tally.complaints),
            ),
            recommendations: tally.recommendations,
            warning_customers: tally.warning_customers,
            warnings: tally.warnings,
            prospects_warned: tally.prospects_warned,
            customers_warned: tally.customers_warned,
            people_warned: tally.people_warned,
            books,
            total_cost: books.total_cost(),
            profit,
            cumulative_profit: firm.cumulative_profit,
            cac: ratio(books.acquisition_cost, f64::from(tally.new_customers)),
            retention_cost_per_retained_year: if retention_cost > 0.0 {
                ratio(f64::from(MONTHS_PER_YEAR) * retention_cost, retained)
            } else {
                None
            },
            retention_roi: None,
            cumulative_retention_cost: firm.cumulative_retention_cost,
            clv_mean: ratio(tally.clv_sum, active_f),
            customer_equity: tally.clv_sum,
            clv_by_stage: PerActiveStage::from_array(clv_by_stage),
            clv_markov: PerActiveStage::from_array(super::clv::markov_by_stage(
                &firm.chain,
                self.monthly_discount,
            )),
            pyramid: PerTier::from_array(tally.tiers),
            early_warning: EarlyWarningReport {
                at_risk: tally.save.at_risk,
                value_at_risk: tally.save.value_at_risk,
                save_attempts: tally.save.attempts,
                saved: tally.save.saved,
            },
            programme: ProgrammeReport {
                members: tally.programme.members,
                gold_cards: tally.programme.gold_cards,
                points_liability: tally.programme.liability,
                points_redeemed: tally.programme.redeemed,
                points_forfeited: tally.programme.forfeited,
                member_retention: ratio(
                    f64::from(tally.programme.members_stayed),
                    f64::from(tally.programme.members_start),
                ),
                non_member_retention: ratio(
                    f64::from(
                        (tally.start_active - tally.churned_from_start)
                            .saturating_sub(tally.programme.members_stayed),
                    ),
                    f64::from(tally.start_active - tally.programme.members_start),
                ),
            },
            segments,
            kpis: Kpis {
                satisfaction: satisfaction.mean,
                loyalty: loyalty.mean,
                retention_rate,
                acquisition_rate: ratio(
                    f64::from(tally.new_customers),
                    f64::from(prospects_at_start),
                ),
                profit_contribution: ratio(profit, active_f),
                service_response_time: complaints::response_time_hours(
                    levers.service_quality,
                    complaint_rate.unwrap_or(0.0),
                ),
                complaint_rate,
            },
        }
    }
}
