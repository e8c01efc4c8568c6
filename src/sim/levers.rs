//! The firm's levers (MODEL.md §3): what a student changes, month by month.
//!
//! Each lever has a unit, a range and a default, listed once in [`LEVERS`];
//! the command line, the files and the interface all read that table.
//! A [`Decisions`] schedule says which levers hold from which month, so
//! coursework rounds can change them as the run goes on.

use serde::{Deserialize, Serialize};

use super::validation::{
    check_format_version, check_range, parse_number, Problem, ValidationError, FORMAT_VERSION,
};

/// Who receives the retention spend.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RetentionTargeting {
    /// Every active customer.
    #[default]
    All,
    /// Only the platinum and gold tiers of the customer pyramid (the top 30% by
    /// predicted CLV last month).
    TopTiers,
    /// The customers with the most value at risk (客户流失风险价值): churn risk ×
    /// predicted CLV, the top 30% last month.
    ValueAtRisk,
}

impl RetentionTargeting {
    pub const ALL: [RetentionTargeting; 3] = [
        RetentionTargeting::All,
        RetentionTargeting::TopTiers,
        RetentionTargeting::ValueAtRisk,
    ];
    pub const NAMES: [&'static str; 3] = ["all", "top_tiers", "value_at_risk"];

    pub fn name(self) -> &'static str {
        match self {
            RetentionTargeting::All => "all",
            RetentionTargeting::TopTiers => "top_tiers",
            RetentionTargeting::ValueAtRisk => "value_at_risk",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "all" => Some(RetentionTargeting::All),
            "top_tiers" => Some(RetentionTargeting::TopTiers),
            "value_at_risk" => Some(RetentionTargeting::ValueAtRisk),
            _ => None,
        }
    }
}

/// The levers in force for one month.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Levers {
    /// Our price relative to the market reference price (1.0 = the reference).
    /// Raises the margin on every sale; lowers customer delivered value, most
    /// for price-sensitive customers.
    pub price: f64,
    /// Service spend per active customer per month (¥). Raises perceived
    /// quality with diminishing returns; lowers the service-failure rate.
    pub service_quality: f64,
    /// Loyalty programme and customer care per targeted customer per month (¥).
    /// Builds trust, switching cost and attitudinal loyalty, with diminishing returns.
    pub retention_spend: f64,
    /// Marketing budget per month per 1,000 people in the market (¥). Converts
    /// prospects; each new customer costs more as the market saturates.
    pub acquisition_spend: f64,
    /// Share of complaints resolved well (0–1). Better handling costs more per complaint.
    pub complaint_handling: f64,
    /// Win-back effort per recently churned customer per month (¥).
    pub winback_spend: f64,
    /// Who receives the retention spend: all active customers or the top tiers only.
    pub retention_targeting: RetentionTargeting,
}

/// A numeric lever, by identity: what the model, the page, the lessons and
/// the coursework pass around. Its text name ([`LeverId::name`], the same as
/// the field of [`Levers`]) is for files, links and the command line only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeverId {
    Price,
    ServiceQuality,
    RetentionSpend,
    AcquisitionSpend,
    ComplaintHandling,
    WinbackSpend,
}

impl LeverId {
    /// Every numeric lever, in the order of [`LEVERS`].
    pub const ALL: [LeverId; 6] = [
        LeverId::Price,
        LeverId::ServiceQuality,
        LeverId::RetentionSpend,
        LeverId::AcquisitionSpend,
        LeverId::ComplaintHandling,
        LeverId::WinbackSpend,
    ];

    /// Its unit, range, default and step.
    pub fn spec(self) -> &'static LeverSpec {
        &LEVERS[self as usize]
    }

    /// Its name in files, links and on the command line (`price`, …).
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The lever named `name`, if there is one.
    pub fn from_name(name: &str) -> Option<LeverId> {
        LEVERS.iter().find(|s| s.name == name).map(|s| s.id)
    }
}

/// One numeric lever's documentation: the table behind validation, the
/// command line's `levers` listing and the interface's sliders.
#[derive(Clone, Copy, Debug)]
pub struct LeverSpec {
    pub id: LeverId,
    /// The text name: [`LeverId::name`].
    pub name: &'static str,
    pub unit: &'static str,
    pub min: f64,
    pub max: f64,
    pub default: f64,
    /// A step that suits a slider.
    pub step: f64,
    /// How many display units one model unit is: 100 for a share shown in
    /// percent (complaint handling), 1 otherwise.
    pub display_scale: f64,
    pub get: fn(&Levers) -> f64,
    pub set: fn(&mut Levers, f64),
}

/// The numeric levers, in the order MODEL.md §3 gives them.
pub const LEVERS: [LeverSpec; 6] = [
    LeverSpec {
        id: LeverId::Price,
        name: "price",
        unit: "x reference price",
        min: 0.6,
        max: 1.6,
        default: 1.0,
        step: 0.01,
        display_scale: 1.0,
        get: |l| l.price,
        set: |l, v| l.price = v,
    },
    LeverSpec {
        id: LeverId::ServiceQuality,
        name: "service_quality",
        unit: "CNY per active customer per month",
        min: 0.0,
        max: 30.0,
        default: 8.0,
        step: 0.5,
        display_scale: 1.0,
        get: |l| l.service_quality,
        set: |l, v| l.service_quality = v,
    },
    LeverSpec {
        id: LeverId::RetentionSpend,
        name: "retention_spend",
        unit: "CNY per targeted customer per month",
        min: 0.0,
        max: 30.0,
        default: 5.0,
        step: 0.5,
        display_scale: 1.0,
        get: |l| l.retention_spend,
        set: |l, v| l.retention_spend = v,
    },
    LeverSpec {
        id: LeverId::AcquisitionSpend,
        name: "acquisition_spend",
        unit: "CNY per month per 1000 people in the market",
        min: 0.0,
        max: 20_000.0,
        default: 4_000.0,
        step: 100.0,
        display_scale: 1.0,
        get: |l| l.acquisition_spend,
        set: |l, v| l.acquisition_spend = v,
    },
    LeverSpec {
        id: LeverId::ComplaintHandling,
        name: "complaint_handling",
        unit: "share of complaints resolved well (0-1)",
        min: 0.0,
        max: 1.0,
        default: 0.6,
        step: 0.01,
        display_scale: 100.0,
        get: |l| l.complaint_handling,
        set: |l, v| l.complaint_handling = v,
    },
    LeverSpec {
        id: LeverId::WinbackSpend,
        name: "winback_spend",
        unit: "CNY per recently churned customer per month",
        min: 0.0,
        max: 50.0,
        default: 0.0,
        step: 0.5,
        display_scale: 1.0,
        get: |l| l.winback_spend,
        set: |l, v| l.winback_spend = v,
    },
];

impl Default for Levers {
    fn default() -> Self {
        let mut l = Levers {
            price: 0.0,
            service_quality: 0.0,
            retention_spend: 0.0,
            acquisition_spend: 0.0,
            complaint_handling: 0.0,
            winback_spend: 0.0,
            retention_targeting: RetentionTargeting::All,
        };
        for spec in &LEVERS {
            (spec.set)(&mut l, spec.default);
        }
        l
    }
}

impl Levers {
    /// The value of numeric lever `id`.
    pub fn get(&self, id: LeverId) -> f64 {
        (id.spec().get)(self)
    }

    /// Sets numeric lever `id` (unchecked: see [`validate`](Self::validate)).
    pub fn set(&mut self, id: LeverId, v: f64) {
        (id.spec().set)(self, v)
    }

    /// All lever names, numeric ones then `retention_targeting`.
    pub fn names() -> Vec<String> {
        LEVERS
            .iter()
            .map(|s| s.name.to_string())
            .chain(std::iter::once("retention_targeting".to_string()))
            .collect()
    }

    /// Checks every lever against its range.
    pub fn validate(&self) -> Result<(), ValidationError> {
        self.validate_at("")
    }

    /// As [`validate`](Self::validate), with `prefix` before field names
    /// (e.g. `schedule[2].levers.`).
    pub fn validate_at(&self, prefix: &str) -> Result<(), ValidationError> {
        for spec in &LEVERS {
            check_range(
                &format!("{prefix}{}", spec.name),
                (spec.get)(self),
                spec.min,
                spec.max,
            )?;
        }
        Ok(())
    }

    /// Sets one lever from text (`--set price=1.1`, a share link), checking
    /// the name and the range. Returns `Ok(false)` if `name` is not a lever.
    pub fn set_from_text(&mut self, name: &str, text: &str) -> Result<bool, ValidationError> {
        if name == "retention_targeting" {
            let t = RetentionTargeting::from_name(text.trim()).ok_or_else(|| {
                ValidationError::new(
                    name,
                    Problem::UnknownName {
                        given: text.to_string(),
                        allowed: RetentionTargeting::NAMES
                            .iter()
                            .map(|s| s.to_string())
                            .collect(),
                    },
                )
            })?;
            self.retention_targeting = t;
            return Ok(true);
        }
        let Some(spec) = LeverId::from_name(name).map(LeverId::spec) else {
            return Ok(false);
        };
        let v = parse_number(name, text)?;
        check_range(name, v, spec.min, spec.max)?;
        (spec.set)(self, v);
        Ok(true)
    }
}

/// One entry of a decision schedule: these levers hold from `from_month` on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The first month (1-based) these levers apply to.
    pub from_month: u32,
    pub levers: Levers,
}

/// A decision schedule: the levers month by month. The first entry starts at
/// month 1; each later entry replaces all levers from its month on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decisions {
    pub format_version: u32,
    pub schedule: Vec<Decision>,
}

impl Decisions {
    /// The same levers for every month.
    pub fn constant(levers: Levers) -> Self {
        Decisions {
            format_version: FORMAT_VERSION,
            schedule: vec![Decision {
                from_month: 1,
                levers,
            }],
        }
    }

    /// The levers in force in `month` (1-based).
    pub fn levers_for(&self, month: u32) -> &Levers {
        let mut current = &self.schedule[0].levers;
        for d in &self.schedule {
            if d.from_month <= month {
                current = &d.levers;
            } else {
                break;
            }
        }
        current
    }

    /// Checks the version, the order of months and every lever.
    pub fn validate(&self) -> Result<(), ValidationError> {
        check_format_version(self.format_version)?;
        if self.schedule.is_empty() {
            return Err(ValidationError::rule(
                "schedule",
                "must hold at least one decision",
            ));
        }
        if self.schedule[0].from_month != 1 {
            return Err(ValidationError::rule(
                "schedule[0].from_month",
                format!(
                    "the first decision must start at month 1, not {}",
                    self.schedule[0].from_month
                ),
            ));
        }
        let mut last = 0;
        for (i, d) in self.schedule.iter().enumerate() {
            if d.from_month <= last {
                return Err(ValidationError::rule(
                    format!("schedule[{i}].from_month"),
                    format!(
                        "months must increase: {} comes after {}",
                        d.from_month, last
                    ),
                ));
            }
            check_range(
                &format!("schedule[{i}].from_month"),
                f64::from(d.from_month),
                1.0,
                f64::from(super::scenario::MAX_MONTHS),
            )?;
            last = d.from_month;
            d.levers.validate_at(&format!("schedule[{i}].levers."))?;
        }
        Ok(())
    }

    /// Reads a schedule from JSON, validating it.
    pub fn from_json(text: &str) -> Result<Self, ValidationError> {
        let d: Decisions = serde_json::from_str(text)
            .map_err(|e| ValidationError::rule("decisions", e.to_string()))?;
        d.validate()?;
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_inside_their_ranges() {
        for s in &LEVERS {
            assert!(s.min <= s.default && s.default <= s.max, "{}", s.name);
        }
        assert!(Levers::default().validate().is_ok());
    }

    #[test]
    fn each_lever_id_names_its_own_spec_and_field() {
        for (i, id) in LeverId::ALL.into_iter().enumerate() {
            assert_eq!(LEVERS[i].id, id);
            assert_eq!(LeverId::from_name(id.name()), Some(id));
            // The serde name is the text name: files and links keep opening.
            assert_eq!(serde_json::to_value(id).unwrap(), id.name());
            let mut l = Levers::default();
            l.set(id, id.spec().max);
            let json = serde_json::to_value(l).unwrap();
            assert_eq!(json[id.name()], id.spec().max, "{}", id.name());
            assert_eq!(l.get(id), id.spec().max);
        }
        assert_eq!(LeverId::from_name("retention_targeting"), None);
    }

    #[test]
    fn set_from_text_checks_name_and_range() {
        let mut l = Levers::default();
        assert_eq!(l.set_from_text("price", "1.2"), Ok(true));
        assert_eq!(l.price, 1.2);
        let e = l.set_from_text("price", "9").unwrap_err();
        assert_eq!(
            e.to_string(),
            "price: 9 is outside the allowed range 0.6 to 1.6"
        );
        assert_eq!(l.price, 1.2, "a rejected value leaves the lever as it was");
        assert_eq!(l.set_from_text("nonsense", "1"), Ok(false));
        assert!(l.set_from_text("retention_targeting", "top_tiers").unwrap());
        assert_eq!(l.retention_targeting, RetentionTargeting::TopTiers);
        let e = l.set_from_text("retention_targeting", "some").unwrap_err();
        assert!(e.to_string().contains("all, top_tiers"));
    }

    #[test]
    fn schedule_picks_the_levers_in_force() {
        let cheap = Levers {
            price: 0.8,
            ..Levers::default()
        };
        let d = Decisions {
            format_version: FORMAT_VERSION,
            schedule: vec![
                Decision {
                    from_month: 1,
                    levers: Levers::default(),
                },
                Decision {
                    from_month: 7,
                    levers: cheap,
                },
            ],
        };
        assert!(d.validate().is_ok());
        assert_eq!(d.levers_for(1).price, 1.0);
        assert_eq!(d.levers_for(6).price, 1.0);
        assert_eq!(d.levers_for(7).price, 0.8);
        assert_eq!(d.levers_for(100).price, 0.8);
    }

    #[test]
    fn bad_schedules_are_rejected_with_the_field_named() {
        let json = r#"{"format_version":1,"schedule":[{"from_month":1,"levers":{"price":1.0}}]}"#;
        let e = Decisions::from_json(json).unwrap_err();
        assert!(e.to_string().contains("missing field"), "{e}");
        let mut d = Decisions::constant(Levers::default());
        d.schedule[0].levers.winback_spend = -1.0;
        let e = d.validate().unwrap_err();
        assert_eq!(e.field, "schedule[0].levers.winback_spend");
        let mut d = Decisions::constant(Levers::default());
        d.schedule.push(Decision {
            from_month: 1,
            levers: Levers::default(),
        });
        assert!(d.validate().unwrap_err().to_string().contains("increase"));
        let json = serde_json::to_string(&Decisions::constant(Levers::default()))
            .unwrap()
            .replace("\"price\"", "\"prize\"");
        assert!(Decisions::from_json(&json)
            .unwrap_err()
            .to_string()
            .contains("prize"));
    }
}
