//! Word of mouth (口碑): satisfied customers recommend us, dissatisfied ones
//! warn others (MODEL.md §2; §5 steps 1 and 3).
//!
//! Recommendations and warnings made this month reach prospects next month
//! (`acquisition`). A customer who is very satisfied recommends us to a few
//! people a year; a customer with a bad episode (a complaint handled badly, or
//! leaving while dissatisfied) tells 8–10 people, more if it talks a lot
//! (the segment's `word_of_mouth`) and the angrier it is. A warned prospect is
//! put off us for some months.

/// Satisfaction above which a customer recommends us.
pub const RECOMMEND_ABOVE: f64 = 60.0;
/// People a fully delighted customer of average talkativeness recommends us
/// to per month.
pub const RECOMMENDATIONS_AT_DELIGHT: f64 = 0.5;
/// People an average customer with a bad episode warns.
pub const WARNINGS_PER_EPISODE: f64 = 9.0;
/// Satisfaction below which leaving counts as a bad episode.
pub const DISSATISFIED_BELOW: f64 = 40.0;
/// Months a warned prospect stays put off.
pub const WARNING_MONTHS: u16 = 6;
/// How much a warning cuts a prospect's chance of joining while it lasts.
pub const WARNING_DETERRENCE: f64 = 0.8;

/// People this customer recommends us to this month.
#[inline]
pub fn recommendations(satisfaction: f64, word_of_mouth: f64) -> f64 {
    if satisfaction > RECOMMEND_ABOVE {
        RECOMMENDATIONS_AT_DELIGHT
            * word_of_mouth
            * (satisfaction - RECOMMEND_ABOVE)
            * (1.0 / (100.0 - RECOMMEND_ABOVE))
    } else {
        0.0
    }
}

/// People a customer with a bad episode warns: 9 for an average talker at
/// satisfaction 30, a little more when angrier, a little less when calmer,
/// ranging from about 8 to 10 for an average talker.
#[inline]
pub fn warnings(satisfaction: f64, word_of_mouth: f64) -> f64 {
    let anger = ((30.0 - satisfaction) / 30.0).clamp(-0.33, 1.0);
    WARNINGS_PER_EPISODE * word_of_mouth * (1.0 + 0.11 * anger)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_satisfied_recommend() {
        assert_eq!(recommendations(55.0, 1.0), 0.0);
        assert!(recommendations(90.0, 1.0) > recommendations(70.0, 1.0));
        assert!(recommendations(90.0, 1.3) > recommendations(90.0, 1.0));
        assert!((recommendations(100.0, 1.0) - RECOMMENDATIONS_AT_DELIGHT).abs() < 1e-12);
    }

    #[test]
    fn an_unhappy_customer_tells_eight_to_ten() {
        for s in [0.0, 10.0, 20.0, 30.0, 39.0] {
            let w = warnings(s, 1.0);
            assert!((8.0..=10.0).contains(&w), "{s}: {w}");
        }
        assert!(warnings(5.0, 1.0) > warnings(35.0, 1.0));
    }
}
