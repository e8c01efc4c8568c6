//! The books (MODEL.md §5 step 6): one month's money, line by line.
//!
//! `profit = revenue − cost of goods − service − retention − acquisition −
//! complaint handling − win-back − loyalty programme − save plan`, exactly: every cost line is kept so the
//! lines add up and a student can see where the money went.

use serde::{Deserialize, Serialize};

/// One month's money (¥).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Books {
    pub revenue: f64,
    pub cost_of_goods: f64,
    pub service_cost: f64,
    pub retention_cost: f64,
    pub acquisition_cost: f64,
    pub complaint_cost: f64,
    pub winback_cost: f64,
    /// The loyalty programme: points redeemed and gold-card benefits given.
    #[serde(default)]
    pub programme_cost: f64,
    /// The save plan: offers made to customers at risk.
    #[serde(default)]
    pub save_cost: f64,
}

impl Books {
    /// Every cost line added up.
    pub fn total_cost(&self) -> f64 {
        self.cost_of_goods
            + self.service_cost
            + self.retention_cost
            + self.acquisition_cost
            + self.complaint_cost
            + self.winback_cost
            + self.programme_cost
            + self.save_cost
    }

    /// Revenue less every cost.
    pub fn profit(&self) -> f64 {
        self.revenue - self.total_cost()
    }

    /// The cost lines by name, in the order of the books.
    pub fn cost_lines(&self) -> [(&'static str, f64); 8] {
        [
            ("cost_of_goods", self.cost_of_goods),
            ("service_cost", self.service_cost),
            ("retention_cost", self.retention_cost),
            ("acquisition_cost", self.acquisition_cost),
            ("complaint_cost", self.complaint_cost),
            ("winback_cost", self.winback_cost),
            ("programme_cost", self.programme_cost),
            ("save_cost", self.save_cost),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_add_up() {
        let b = Books {
            revenue: 1000.0,
            cost_of_goods: 600.0,
            service_cost: 80.0,
            retention_cost: 50.0,
            acquisition_cost: 100.0,
            complaint_cost: 20.0,
            winback_cost: 10.0,
            programme_cost: 30.0,
            save_cost: 5.0,
        };
        assert_eq!(b.total_cost(), 895.0);
        assert_eq!(b.profit(), 105.0);
        let sum: f64 = b.cost_lines().iter().map(|(_, v)| v).sum();
        assert_eq!(sum, b.total_cost());
    }
}
