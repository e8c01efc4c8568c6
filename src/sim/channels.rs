//! Care channels (客户关怀工具; MODEL.md §2 "Care channels"): how the firm
//! reaches the customers it cares for, and what each contact costs, does and
//! risks.
//!
//! The firm chooses a **channel mix**: contacts per targeted customer per
//! month by SMS (短信), phone (电话), instant message (在线消息, e.g. 旺旺)
//! and email (邮件). Each channel has the course's character ([`TRAITS`]):
//! what a contact costs, how much a contact that gets through does for the
//! relationship, how often it is ignored, and how intrusive it is. Instant
//! messages reach only the customers who are online, a share per segment
//! (`Segment::online_share`).
//!
//! Two quantities come out, for a targeted customer of a segment:
//! - **care contacts** ([`Mix::care_contacts`]): effect-weighted contacts that
//!   got through, in phone-call equivalents; `care` turns them into a care
//!   level with diminishing returns;
//! - **annoyance** ([`Mix::annoyance`]): satisfaction points lost because the
//!   contacts' intrusion passes what a customer tolerates in a month
//!   ([`TOLERANCE`]). So more contacts are not always better, and the best
//!   mix differs by segment: phone pays where a kept customer is worth a
//!   call, instant messages where customers are online.
//!
//! A run file, link or assignment written before the channels existed gives
//! one number, the retention spend (¥ per targeted customer per month); it
//! is read as the [`Mix::standard`] mix of that cost.

use serde::{Deserialize, Serialize};

/// A care channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Sms,
    Phone,
    Im,
    Email,
}

impl Channel {
    /// Every channel, in the order the levers and charts list them.
    pub const ALL: [Channel; 4] = [Channel::Sms, Channel::Phone, Channel::Im, Channel::Email];

    /// Its name in files and on the command line (`sms`, `phone`, `im`, `email`).
    pub fn name(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Phone => "phone",
            Channel::Im => "im",
            Channel::Email => "email",
        }
    }

    /// Its character.
    pub fn traits(self) -> &'static ChannelTraits {
        &TRAITS[self as usize]
    }
}

/// What one contact by a channel costs, does and risks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChannelTraits {
    /// What one contact costs the firm (¥), whether or not it is read.
    pub cost: f64,
    /// What a contact that gets through does for the relationship, in
    /// phone-call equivalents (phone = 1).
    pub effect: f64,
    /// Share of contacts that get through: answered, opened, read (0–1).
    pub attention: f64,
    /// How intrusive one contact is, in phone-call equivalents (phone = 1).
    pub intrusion: f64,
    /// Contacts a month at which the channel's good saturates: the scale of
    /// its diminishing returns (the fifth email of a month is rarely read).
    pub saturation: f64,
}

/// The channels' character, in the order of [`Channel::ALL`].
pub const TRAITS: [ChannelTraits; 4] = [
    // SMS: a bulk message costs a few fen to send (carrier price for
    // marketing SMS in China, about ¥0.04–0.08, plus writing); short and
    // impersonal, so it does little; many are ignored as marketing; a
    // buzzing phone intrudes a little (course: cheap, wide, ignored).
    ChannelTraits {
        cost: 0.1,
        effect: 0.25,
        attention: 0.5,
        intrusion: 0.3,
        saturation: 2.0,
    },
    // Phone: an agent's call of a few minutes with overhead costs about ¥5
    // (an agent at ¥5,000 a month makes about a thousand calls); a voice
    // builds trust best; most calls are answered; and a call interrupts
    // (course: costly, effective, intrusive).
    ChannelTraits {
        cost: 5.0,
        effect: 1.0,
        attention: 0.8,
        intrusion: 1.0,
        saturation: 2.0,
    },
    // Instant message (旺旺, WeChat): free to send, answered in the chat
    // the customer already uses, personal enough to do half a call's good;
    // read when the customer is online; it pops up in that chat, less than
    // a text's buzz and more than an email waiting in the inbox, so a
    // message a day is past tolerance for a customer mostly online (course:
    // free, low annoyance, only when online).
    ChannelTraits {
        cost: 0.0,
        effect: 0.5,
        attention: 0.9,
        intrusion: 0.2,
        saturation: 3.0,
    },
    // Email: nearly free to send and rich in content, so an email read does
    // half a call's good; but about one in five is opened (typical retail
    // open rates) and the rest feel like spam (course: cheap, rich, spam risk).
    ChannelTraits {
        cost: 0.05,
        effect: 0.5,
        attention: 0.2,
        intrusion: 0.15,
        saturation: 2.0,
    },
];

/// Intrusion (phone-call equivalents) a customer takes in a month without
/// minding: about three calls, or ten SMS (teaching choice: the default mix
/// stays within it, a doubled one does not).
pub const TOLERANCE: f64 = 3.0;

/// Satisfaction points lost per phone-call equivalent of intrusion past
/// [`TOLERANCE`] in a month (teaching choice: a customer called six times a
/// month loses about ten points, the step from one satisfaction band to the
/// next in half).
pub const ANNOYANCE_POINTS: f64 = 3.0;

/// The channel mix: contacts per targeted customer per month.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Mix {
    pub sms: f64,
    pub phone: f64,
    pub im: f64,
    pub email: f64,
}

/// The standard mix per ¥ of retention spend up to [`STANDARD_FULL`]: a
/// call every other month per ¥2.8, with SMS and email between (the mix an
/// earlier single "retention spend" is read as; its cost per targeted
/// customer is exactly the spend).
pub const STANDARD_PER_YUAN: Mix = Mix {
    sms: 0.6,
    phone: 0.18,
    im: 0.0,
    email: 0.8,
};

/// Retention spend (¥) up to which the standard mix grows in every channel;
/// above it only phone calls grow, as a firm spending more on care calls
/// more rather than sending more messages (the default, 5 ¥: 3 SMS, 0.9
/// calls and 4 emails a month).
pub const STANDARD_FULL: f64 = 5.0;

impl Mix {
    /// Whether any channel has contacts: whether care reaches anybody.
    pub fn has_contacts(&self) -> bool {
        Channel::ALL.iter().any(|&c| self.get(c) > 0.0)
    }

    /// Contacts by `channel`.
    pub fn get(&self, channel: Channel) -> f64 {
        match channel {
            Channel::Sms => self.sms,
            Channel::Phone => self.phone,
            Channel::Im => self.im,
            Channel::Email => self.email,
        }
    }

    /// The mix an earlier single retention spend (¥ per targeted customer
    /// per month) is read as: [`STANDARD_PER_YUAN`] times the spend up to
    /// [`STANDARD_FULL`], then more calls; no instant messages (the channel
    /// was not offered); it costs the spend.
    pub fn standard(retention_spend: f64) -> Mix {
        // Rounded to a millionth of a contact, so 5 ¥ reads as 0.9 calls
        // exactly, as the levers are shown and typed.
        let round = |x: f64| (x * 1e6).round() / 1e6;
        let base = retention_spend.min(STANDARD_FULL);
        let extra_calls = (retention_spend - base) / Channel::Phone.traits().cost;
        let s = STANDARD_PER_YUAN;
        Mix {
            sms: round(s.sms * base),
            phone: round(s.phone * base + extra_calls),
            im: 0.0,
            email: round(s.email * base),
        }
    }

    /// Cost per targeted customer per month (¥): the retention spend.
    pub fn cost(&self) -> f64 {
        Channel::ALL
            .iter()
            .map(|&c| self.get(c) * c.traits().cost)
            .sum()
    }

    /// Contacts that reach a customer of a segment with this share online:
    /// every channel but instant messages reaches everyone.
    pub fn reached(&self, channel: Channel, online_share: f64) -> f64 {
        match channel {
            Channel::Im => self.im * online_share,
            other => self.get(other),
        }
    }

    /// Care contacts a targeted customer receives (phone-call equivalents):
    /// each contact that reaches it and gets through, weighted by what it
    /// does, with diminishing returns within each channel (a channel's good
    /// saturates at `saturation` contacts: a few calls, not a few emails,
    /// build a relationship).
    pub fn care_contacts(&self, online_share: f64) -> f64 {
        Channel::ALL
            .iter()
            .map(|&c| {
                let t = c.traits();
                let n = self.reached(c, online_share);
                t.attention * t.effect * t.saturation * (1.0 - libm::exp(-n / t.saturation))
            })
            .sum()
    }

    /// Intrusion a targeted customer takes in a month (phone-call
    /// equivalents): every contact that reaches it, read or not.
    pub fn intrusion(&self, online_share: f64) -> f64 {
        Channel::ALL
            .iter()
            .map(|&c| self.reached(c, online_share) * c.traits().intrusion)
            .sum()
    }

    /// Satisfaction points a targeted customer loses this month to contacts
    /// past its tolerance (0 within it).
    pub fn annoyance(&self, online_share: f64) -> f64 {
        ANNOYANCE_POINTS * (self.intrusion(online_share) - TOLERANCE).max(0.0)
    }
}

/// A month of care by channel, for the whole market: what the chart of care
/// channels draws.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ChannelMonth {
    /// Contacts that reached customers, by channel in [`Channel::ALL`]'s
    /// order (instant messages: those read by customers online).
    pub contacts: [f64; 4],
    /// What each channel cost (¥).
    pub cost: [f64; 4],
    /// Customers reached past their tolerance (annoyed).
    pub annoyed: f64,
    /// Customers the care reached.
    pub targeted: f64,
}

impl ChannelMonth {
    /// The month of a mix over segments: (customers targeted, share online)
    /// for each.
    pub fn of(mix: &Mix, segments: impl IntoIterator<Item = (u32, f64)>) -> ChannelMonth {
        let mut m = ChannelMonth::default();
        for (targeted, online) in segments {
            let n = f64::from(targeted);
            for (i, c) in Channel::ALL.into_iter().enumerate() {
                m.contacts[i] += n * mix.reached(c, online);
                m.cost[i] += n * mix.get(c) * c.traits().cost;
            }
            if mix.annoyance(online) > 0.0 {
                m.annoyed += n;
            }
            m.targeted += n;
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_standard_mix_costs_the_spend_it_stands_for() {
        for spend in [0.0, 0.5, 1.0, 5.0, 12.5, 30.0] {
            assert!(
                (Mix::standard(spend).cost() - spend).abs() < 1e-9,
                "{spend}"
            );
        }
    }

    #[test]
    fn channels_have_the_course_character() {
        let [sms, phone, im, email] = TRAITS;
        // Phone dearest and strongest, instant messages free.
        assert!(Channel::ALL.iter().all(|c| c.traits().cost <= phone.cost));
        assert_eq!(im.cost, 0.0);
        assert!(Channel::ALL
            .iter()
            .all(|c| c.traits().effect * c.traits().attention <= phone.effect * phone.attention));
        // SMS and email are the easily ignored ones; phone the most intrusive.
        assert!(sms.attention < phone.attention && email.attention < im.attention);
        assert!(Channel::ALL
            .iter()
            .all(|c| c.traits().intrusion <= phone.intrusion));
        // A message pops up less than a text buzzes, an email waits.
        assert!(email.intrusion < im.intrusion && im.intrusion < sms.intrusion);
    }

    #[test]
    fn instant_messages_reach_only_the_online() {
        let mix = Mix {
            im: 4.0,
            ..Mix::default()
        };
        assert_eq!(mix.care_contacts(0.0), 0.0);
        assert!(mix.care_contacts(0.8) > mix.care_contacts(0.4));
        assert_eq!(
            Mix::standard(5.0).care_contacts(0.1),
            Mix::standard(5.0).care_contacts(0.9)
        );
    }

    #[test]
    fn a_month_by_channel_adds_up_over_segments() {
        let mix = Mix {
            sms: 2.0,
            phone: 1.0,
            im: 12.0,
            email: 0.0,
        };
        let m = ChannelMonth::of(&mix, [(100, 0.5), (300, 1.0)]);
        assert_eq!(m.contacts, [800.0, 400.0, 4200.0, 0.0]);
        assert_eq!(m.cost[1], 2000.0);
        assert_eq!(m.cost[2], 0.0, "instant messages are free");
        assert!((m.cost.iter().sum::<f64>() - 400.0 * mix.cost()).abs() < 1e-9);
        // Customers always online read all twelve messages: past tolerance.
        assert_eq!(mix.annoyance(0.5), 0.0);
        assert!(mix.annoyance(1.0) > 0.0);
        assert_eq!((m.annoyed, m.targeted), (300.0, 400.0));
    }

    #[test]
    fn contacts_past_tolerance_annoy() {
        assert_eq!(Mix::standard(5.0).annoyance(0.6), 0.0);
        let calls = |n: f64| Mix {
            phone: n,
            ..Mix::default()
        };
        assert_eq!(calls(TOLERANCE).annoyance(0.6), 0.0);
        assert!(calls(4.0).annoyance(0.6) > 0.0);
        assert!(calls(6.0).annoyance(0.6) > calls(4.0).annoyance(0.6));
        // The same number of instant messages annoys far less.
        let ims = Mix {
            im: 6.0,
            ..Mix::default()
        };
        assert_eq!(ims.annoyance(1.0), 0.0);
    }
}
