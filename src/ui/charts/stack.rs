//! Stacked areas over time, shared by the stages and loyalty-types charts:
//! cumulative layer tops, each layer drawn once as a band, and a
//! baseline's tops as dashed lines.

use plotters::prelude::*;

use super::{err, line, Style, TimeChart, INK};

/// The cumulative tops of `N` layers per month, from the bottom layer up.
pub fn tops<const N: usize>(layers: impl Iterator<Item = [f64; N]>) -> Vec<[f64; N]> {
    layers
        .map(|values| {
            let mut acc = 0.0;
            values.map(|v| {
                acc += v;
                acc
            })
        })
        .collect()
}

/// Draws layers `which` (indices, bottom up, each with its colour) of
/// `tops` as bands between their bottom and their top: every pixel is
/// filled once (overlapping areas cost several times as much to draw).
pub fn bands<const N: usize>(
    chart: &mut TimeChart<'_>,
    tops: &[[f64; N]],
    which: impl IntoIterator<Item = (usize, RGBColor)>,
) -> Result<(), String> {
    for (i, color) in which {
        let top = tops.iter().enumerate().map(|(k, r)| (k as f64 + 1.0, r[i]));
        let bottom = tops
            .iter()
            .enumerate()
            .rev()
            .map(|(k, r)| (k as f64 + 1.0, if i == 0 { 0.0 } else { r[i - 1] }));
        chart
            .draw_series(std::iter::once(Polygon::new(
                top.chain(bottom).collect::<Vec<_>>(),
                color.filled(),
            )))
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Draws the tops of layers `which` of a baseline as dashed ink lines.
pub fn baseline_tops<const N: usize>(
    chart: &mut TimeChart<'_>,
    tops: &[[f64; N]],
    which: impl IntoIterator<Item = usize>,
    s: &Style,
) -> Result<(), String> {
    for i in which {
        let pts = tops
            .iter()
            .enumerate()
            .map(|(k, r)| (k as f64 + 1.0, r[i]))
            .collect();
        chart
            .draw_series(line(pts, s.line(INK), true, s))
            .map_err(err)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn tops_add_up_from_the_bottom() {
        let t = super::tops([[1.0, 2.0, 3.0], [0.0, 0.0, 5.0]].into_iter());
        assert_eq!(t, vec![[1.0, 3.0, 6.0], [0.0, 0.0, 5.0]]);
    }
}
