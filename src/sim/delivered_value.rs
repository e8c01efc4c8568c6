//! Customer delivered value (客户让渡价值, CDV): what a customer gets minus what
//! it gives up, measured against the competitor's offer (MODEL.md §2).
//!
//! Total customer value is dominated here by service quality (product, service,
//! personnel and image value in one quality scale, 0–10); total customer cost
//! by price, weighed by the segment's price sensitivity. Both are expressed in
//! quality points so they can be added: 10% above the competitor's price costs
//! an average customer one quality point.

/// Quality points of value lost per unit of relative price difference, for a
/// customer of average price sensitivity (1.0).
pub const PRICE_POINTS: f64 = 10.0;

/// The price side of delivered value, in quality points: negative when we are
/// dearer than the competitor, hitting price-sensitive customers hardest.
#[inline]
pub fn price_value(price_sensitivity: f64, price: f64, competitor_price: f64) -> f64 {
    -price_sensitivity * (price - competitor_price) * PRICE_POINTS
}

/// Our delivered value relative to the competitor's, in quality points:
/// (our quality − theirs) + the price side.
#[inline]
pub fn relative_cdv(quality: f64, competitor_quality: f64, price_value: f64) -> f64 {
    quality - competitor_quality + price_value
}

/// How attractive our offer is to a prospect or a lapsed customer, relative to
/// the competitor's: 1 at parity, towards 2 when we deliver much more value,
/// towards 0 when much less.
pub fn attractiveness(relative_cdv: f64) -> f64 {
    2.0 / (1.0 + libm::exp(-0.6 * relative_cdv))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dearer_prices_cost_the_price_sensitive_most() {
        assert_eq!(price_value(1.0, 1.0, 1.0), 0.0);
        assert!((price_value(1.0, 1.1, 1.0) + 1.0).abs() < 1e-12);
        assert!(price_value(1.6, 1.2, 1.0) < price_value(0.4, 1.2, 1.0));
        assert!(price_value(1.0, 0.9, 1.0) > 0.0);
    }

    #[test]
    fn attractiveness_is_one_at_parity_and_monotone() {
        assert!((attractiveness(0.0) - 1.0).abs() < 1e-12);
        assert!(attractiveness(2.0) > 1.0 && attractiveness(2.0) < 2.0);
        assert!(attractiveness(-2.0) < 1.0 && attractiveness(-2.0) > 0.0);
    }
}
