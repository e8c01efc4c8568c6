//! The firm's levers (MODEL.md §3): what a student changes, month by month.
//!
//! Each lever has a unit, a range and a default, listed once in [`LEVERS`];
//! the command line, the files and the interface all read that table.
//! A [`Decisions`] schedule says which levers hold from which month, so
//! coursework rounds can change them as the run goes on.

use serde::{Deserialize, Serialize};

use super::channels::{Channel, Mix};
use super::validation::{
    check_format_version, check_range, parse_number, Problem, ValidationError, FORMAT_VERSION,
};

/// Who receives the care (every channel of the mix).
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
///
/// Read from a file, a link or a round as they were written: one written
/// before the channel mix gives a single `retention_spend` instead of the
/// four care levers, read as the standard mix of that cost
/// ([`Mix::standard`]).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "LeversInFile")]
pub struct Levers {
    /// Our price relative to the market reference price (1.0 = the reference).
    /// Raises the margin on every sale; lowers customer delivered value, most
    /// for price-sensitive customers.
    pub price: f64,
    /// Service spend per active customer per month (¥). Raises perceived
    /// quality with diminishing returns; lowers the service-failure rate.
    pub service_quality: f64,
    /// Care by SMS (短信): messages per targeted customer per month. The four
    /// care levers are the channel mix (`channels`); their cost per targeted
    /// customer is the retention spend ([`Levers::retention_spend`]).
    pub care_sms: f64,
    /// Care by phone (电话): calls per targeted customer per month.
    pub care_phone: f64,
    /// Care by instant message (在线消息): messages per targeted customer per
    /// month; only customers online read them.
    pub care_im: f64,
    /// Care by email (邮件): emails per targeted customer per month.
    pub care_email: f64,
    /// Marketing budget per month per 1,000 people in the market (¥). Converts
    /// prospects; each new customer costs more as the market saturates.
    pub acquisition_spend: f64,
    /// Share of complaints resolved well (0–1). Better handling costs more per complaint.
    pub complaint_handling: f64,
    /// Win-back effort per recently churned customer per month (¥).
    pub winback_spend: f64,
    /// Save plan (挽救, `early_warning`): the offer or call made once to each
    /// customer flagged at risk with the most value at risk (¥ per attempt;
    /// 0: no save plan).
    pub save_offer: f64,
    /// Loyalty programme (会员计划, `programme`): share of spend returned to
    /// members as points at face value (0–0.1; 0 with no gold-card benefit:
    /// no programme).
    pub points_rate: f64,
    /// Spend in a month (¥) from which a customer joins the programme.
    pub member_threshold: f64,
    /// Spend in a month (¥) from which a member holds the gold card.
    pub gold_card_threshold: f64,
    /// Discount on what gold-card members buy (0–0.2).
    pub gold_card_benefit: f64,
    /// Who receives the care: all active customers, the top tiers, or the
    /// customers with the most value at risk.
    pub retention_targeting: RetentionTargeting,
}

/// The retention spend an earlier file, link or round may give instead of
/// the channel mix (¥ per targeted customer per month): its range then.
pub const RETENTION_SPEND_RANGE: (f64, f64) = (0.0, 30.0);

/// The name an earlier file, link or round gives the retention spend.
pub const RETENTION_SPEND: &str = "retention_spend";

/// [`Levers`] as a file holds them: the channel mix, or else an earlier
/// single retention spend.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LeversInFile {
    price: f64,
    service_quality: f64,
    care_sms: Option<f64>,
    care_phone: Option<f64>,
    care_im: Option<f64>,
    care_email: Option<f64>,
    retention_spend: Option<f64>,
    acquisition_spend: f64,
    complaint_handling: f64,
    winback_spend: f64,
    // Files written before the save plan and the loyalty programme have
    // none of their levers: neither.
    #[serde(default)]
    save_offer: f64,
    #[serde(default)]
    points_rate: f64,
    #[serde(default)]
    member_threshold: f64,
    #[serde(default = "default_gold_card_threshold")]
    gold_card_threshold: f64,
    #[serde(default)]
    gold_card_benefit: f64,
    retention_targeting: RetentionTargeting,
}

fn default_gold_card_threshold() -> f64 {
    LeverId::GoldCardThreshold.spec().default
}

impl TryFrom<LeversInFile> for Levers {
    type Error = String;

    fn try_from(f: LeversInFile) -> Result<Levers, String> {
        let mut l = Levers {
            price: f.price,
            service_quality: f.service_quality,
            care_sms: 0.0,
            care_phone: 0.0,
            care_im: 0.0,
            care_email: 0.0,
            acquisition_spend: f.acquisition_spend,
            complaint_handling: f.complaint_handling,
            winback_spend: f.winback_spend,
            save_offer: f.save_offer,
            points_rate: f.points_rate,
            member_threshold: f.member_threshold,
            gold_card_threshold: f.gold_card_threshold,
            gold_card_benefit: f.gold_card_benefit,
            retention_targeting: f.retention_targeting,
        };
        let channels = [f.care_sms, f.care_phone, f.care_im, f.care_email];
        match (f.retention_spend, channels) {
            (None, [Some(sms), Some(phone), Some(im), Some(email)]) => {
                l.set_mix(Mix {
                    sms,
                    phone,
                    im,
                    email,
                });
            }
            (Some(spend), [None, None, None, None]) => {
                let (min, max) = RETENTION_SPEND_RANGE;
                check_range(RETENTION_SPEND, spend, min, max).map_err(|e| e.to_string())?;
                l.set_mix(Mix::standard(spend));
            }
            (Some(_), _) => {
                return Err(format!(
                    "{RETENTION_SPEND} is read only from files without the care channels (care_sms, care_phone, care_im, care_email); give one or the other"
                ))
            }
            (None, _) => {
                let missing = Channel::ALL
                    .iter()
                    .zip(channels)
                    .find(|(_, v)| v.is_none())
                    .map_or("care_sms", |(c, _)| lever_of(*c).name());
                return Err(format!("missing field `{missing}`"));
            }
        }
        Ok(l)
    }
}

/// The lever that sets contacts by `channel`.
pub fn lever_of(channel: Channel) -> LeverId {
    match channel {
        Channel::Sms => LeverId::CareSms,
        Channel::Phone => LeverId::CarePhone,
        Channel::Im => LeverId::CareIm,
        Channel::Email => LeverId::CareEmail,
    }
}

/// A numeric lever, by identity: what the model, the page, the lessons and
/// the coursework pass around. Its text name ([`LeverId::name`], the same as
/// the field of [`Levers`]) is for files, links and the command line only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeverId {
    Price,
    ServiceQuality,
    CareSms,
    CarePhone,
    CareIm,
    CareEmail,
    AcquisitionSpend,
    ComplaintHandling,
    WinbackSpend,
    SaveOffer,
    PointsRate,
    MemberThreshold,
    GoldCardThreshold,
    GoldCardBenefit,
}

impl LeverId {
    /// Every numeric lever, in the order of [`LEVERS`].
    pub const ALL: [LeverId; 14] = [
        LeverId::Price,
        LeverId::ServiceQuality,
        LeverId::CareSms,
        LeverId::CarePhone,
        LeverId::CareIm,
        LeverId::CareEmail,
        LeverId::AcquisitionSpend,
        LeverId::ComplaintHandling,
        LeverId::WinbackSpend,
        LeverId::SaveOffer,
        LeverId::PointsRate,
        LeverId::MemberThreshold,
        LeverId::GoldCardThreshold,
        LeverId::GoldCardBenefit,
    ];

    /// The loyalty programme's four levers, in [`LeverId::ALL`]'s order.
    pub const PROGRAMME: [LeverId; 4] = [
        LeverId::PointsRate,
        LeverId::MemberThreshold,
        LeverId::GoldCardThreshold,
        LeverId::GoldCardBenefit,
    ];

    /// The four care levers, the channel mix, in the order of [`Channel::ALL`].
    pub const CARE: [LeverId; 4] = [
        LeverId::CareSms,
        LeverId::CarePhone,
        LeverId::CareIm,
        LeverId::CareEmail,
    ];

    /// Whether it is one of the channel mix's levers.
    pub fn is_care(self) -> bool {
        Self::CARE.contains(&self)
    }

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
pub const LEVERS: [LeverSpec; 14] = [
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
        id: LeverId::CareSms,
        name: "care_sms",
        unit: "SMS per targeted customer per month",
        min: 0.0,
        max: 30.0,
        default: 3.0,
        step: 0.5,
        display_scale: 1.0,
        get: |l| l.care_sms,
        set: |l, v| l.care_sms = v,
    },
    LeverSpec {
        id: LeverId::CarePhone,
        name: "care_phone",
        unit: "calls per targeted customer per month",
        min: 0.0,
        max: 6.0,
        default: 0.9,
        step: 0.1,
        display_scale: 1.0,
        get: |l| l.care_phone,
        set: |l, v| l.care_phone = v,
    },
    LeverSpec {
        id: LeverId::CareIm,
        name: "care_im",
        unit: "instant messages per targeted customer per month",
        min: 0.0,
        max: 30.0,
        default: 0.0,
        step: 0.5,
        display_scale: 1.0,
        get: |l| l.care_im,
        set: |l, v| l.care_im = v,
    },
    LeverSpec {
        id: LeverId::CareEmail,
        name: "care_email",
        unit: "emails per targeted customer per month",
        min: 0.0,
        max: 30.0,
        default: 4.0,
        step: 0.5,
        display_scale: 1.0,
        get: |l| l.care_email,
        set: |l, v| l.care_email = v,
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
    LeverSpec {
        id: LeverId::SaveOffer,
        name: "save_offer",
        unit: "CNY per save attempt",
        min: 0.0,
        max: 100.0,
        default: 0.0,
        step: 1.0,
        display_scale: 1.0,
        get: |l| l.save_offer,
        set: |l, v| l.save_offer = v,
    },
    LeverSpec {
        id: LeverId::PointsRate,
        name: "points_rate",
        unit: "share of members' spend returned as points (0-0.1)",
        min: 0.0,
        max: 0.1,
        default: 0.0,
        step: 0.005,
        display_scale: 100.0,
        get: |l| l.points_rate,
        set: |l, v| l.points_rate = v,
    },
    LeverSpec {
        id: LeverId::MemberThreshold,
        name: "member_threshold",
        unit: "CNY of spend in a month to join",
        min: 0.0,
        max: 300.0,
        default: 0.0,
        step: 10.0,
        display_scale: 1.0,
        get: |l| l.member_threshold,
        set: |l, v| l.member_threshold = v,
    },
    LeverSpec {
        id: LeverId::GoldCardThreshold,
        name: "gold_card_threshold",
        unit: "CNY of spend in a month to hold the gold card",
        min: 0.0,
        max: 500.0,
        default: 150.0,
        step: 10.0,
        display_scale: 1.0,
        get: |l| l.gold_card_threshold,
        set: |l, v| l.gold_card_threshold = v,
    },
    LeverSpec {
        id: LeverId::GoldCardBenefit,
        name: "gold_card_benefit",
        unit: "discount on gold-card members' spend (0-0.2)",
        min: 0.0,
        max: 0.2,
        default: 0.0,
        step: 0.01,
        display_scale: 100.0,
        get: |l| l.gold_card_benefit,
        set: |l, v| l.gold_card_benefit = v,
    },
];

impl Default for Levers {
    fn default() -> Self {
        let mut l = Levers {
            price: 0.0,
            service_quality: 0.0,
            care_sms: 0.0,
            care_phone: 0.0,
            care_im: 0.0,
            care_email: 0.0,
            acquisition_spend: 0.0,
            complaint_handling: 0.0,
            winback_spend: 0.0,
            save_offer: 0.0,
            points_rate: 0.0,
            member_threshold: 0.0,
            gold_card_threshold: 0.0,
            gold_card_benefit: 0.0,
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

    /// The channel mix: care contacts per targeted customer per month.
    pub fn mix(&self) -> Mix {
        Mix {
            sms: self.care_sms,
            phone: self.care_phone,
            im: self.care_im,
            email: self.care_email,
        }
    }

    /// Sets the four care levers.
    pub fn set_mix(&mut self, mix: Mix) {
        self.care_sms = mix.sms;
        self.care_phone = mix.phone;
        self.care_im = mix.im;
        self.care_email = mix.email;
    }

    /// Retention spend (客户维系投入): what the channel mix costs per
    /// targeted customer per month (¥).
    pub fn retention_spend(&self) -> f64 {
        self.mix().cost()
    }

    /// These levers with the standard channel mix that costs `spend` (¥
    /// per targeted customer per month; [`Mix::standard`]).
    pub fn with_retention_spend(mut self, spend: f64) -> Levers {
        self.set_retention_spend(spend);
        self
    }

    /// Sets the standard channel mix that costs `spend` (¥ per targeted
    /// customer per month; [`Mix::standard`]).
    pub fn set_retention_spend(&mut self, spend: f64) {
        self.set_mix(Mix::standard(spend));
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
    /// An earlier link's or round's `retention_spend` sets the standard
    /// channel mix of that cost.
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
        if name == RETENTION_SPEND {
            let v = parse_number(name, text)?;
            let (min, max) = RETENTION_SPEND_RANGE;
            check_range(name, v, min, max)?;
            self.set_mix(Mix::standard(v));
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
    fn an_earlier_single_retention_spend_reads_as_the_standard_mix() {
        let mut json = serde_json::to_value(Levers::default()).unwrap();
        let map = json.as_object_mut().unwrap();
        for c in Channel::ALL {
            map.remove(lever_of(c).name());
        }
        map.insert(RETENTION_SPEND.into(), 12.0.into());
        let l: Levers = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(l.mix(), Mix::standard(12.0));
        assert!((l.retention_spend() - 12.0).abs() < 1e-9);
        // The default retention spend reads as the default levers exactly.
        json[RETENTION_SPEND] = 5.0.into();
        assert_eq!(
            serde_json::from_value::<Levers>(json.clone()).unwrap(),
            Levers::default()
        );
        // Out of its range, named as the file names it.
        json[RETENTION_SPEND] = 99.0.into();
        let e = serde_json::from_value::<Levers>(json.clone()).unwrap_err();
        assert!(
            e.to_string().contains("retention_spend: 99 is outside"),
            "{e}"
        );
        // Not both ways at once, and not half a mix.
        json[RETENTION_SPEND] = 5.0.into();
        json["care_im"] = 2.0.into();
        assert!(serde_json::from_value::<Levers>(json.clone()).is_err());
        json.as_object_mut().unwrap().remove(RETENTION_SPEND);
        let e = serde_json::from_value::<Levers>(json).unwrap_err();
        assert!(e.to_string().contains("missing field `care_sms`"), "{e}");
        // From text (an earlier link, a round, --set).
        let mut l = Levers::default();
        assert_eq!(l.set_from_text(RETENTION_SPEND, "8"), Ok(true));
        assert_eq!(l.mix(), Mix::standard(8.0));
        assert!(l.set_from_text(RETENTION_SPEND, "31").is_err());
        assert_eq!(l.mix(), Mix::standard(8.0));
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
