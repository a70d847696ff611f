//! Bar-chart geometry shared by the widgets' SVG charts: where each bar ends on a linear or a log
//! scale, and which ticks to draw. Pure arithmetic, so it is tested natively.

/// How values map to lengths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Linear,
    Log,
}

/// The axis a chart is drawn on: its domain and ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub scale: Scale,
    pub min: f64,
    pub max: f64,
    pub ticks: Vec<f64>,
}

impl Axis {
    /// An axis that fits every positive, finite value. Linear axes start at zero; log axes span
    /// whole decades around the data. Values that are missing, zero or negative are ignored.
    pub fn fit(values: &[Option<f64>], scale: Scale) -> Axis {
        let positive: Vec<f64> = values
            .iter()
            .flatten()
            .copied()
            .filter(|v| v.is_finite() && *v > 0.0)
            .collect();
        let largest = positive.iter().copied().fold(0.0_f64, f64::max);
        let smallest = positive.iter().copied().fold(f64::INFINITY, f64::min);
        match scale {
            Scale::Linear => {
                let max = if largest > 0.0 {
                    nice_ceiling(largest)
                } else {
                    1.0
                };
                let step = max / 4.0;
                Axis {
                    scale,
                    min: 0.0,
                    max,
                    ticks: (0..=4).map(|i| step * f64::from(i)).collect(),
                }
            }
            Scale::Log => {
                let (low, high) = if largest > 0.0 {
                    let low = smallest.log10().floor();
                    let high = largest.log10().ceil().max(low + 1.0);
                    (low, high)
                } else {
                    (0.0, 1.0)
                };
                let ticks = (low as i32..=high as i32)
                    .map(|exponent| 10f64.powi(exponent))
                    .collect();
                Axis {
                    scale,
                    // Whole exponents: `powi` gives the same values without linking libm's `pow`.
                    min: 10f64.powi(low as i32),
                    max: 10f64.powi(high as i32),
                    ticks,
                }
            }
        }
    }

    /// Position of a value along the axis as a fraction 0–1 (clamped), or `None` if it cannot be
    /// drawn on this scale (missing, not finite, or not positive on a log axis).
    pub fn fraction(&self, value: f64) -> Option<f64> {
        if !value.is_finite() {
            return None;
        }
        let fraction = match self.scale {
            Scale::Linear => (value - self.min) / (self.max - self.min),
            Scale::Log if value > 0.0 => {
                (value.log10() - self.min.log10()) / (self.max.log10() - self.min.log10())
            }
            Scale::Log => return None,
        };
        Some(fraction.clamp(0.0, 1.0))
    }
}

/// The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at or above `value`.
pub fn nice_ceiling(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 1.0;
    }
    let magnitude = 10f64.powi(value.log10().floor() as i32);
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|step| step * magnitude)
        .find(|candidate| *candidate >= value * (1.0 - 1e-12))
        .unwrap_or(10.0 * magnitude)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_axes_start_at_zero_with_round_tops() {
        let axis = Axis::fit(&[Some(75.0), Some(2.74), None], Scale::Linear);
        assert_eq!(axis.max, 100.0);
        assert_eq!(axis.ticks, vec![0.0, 25.0, 50.0, 75.0, 100.0]);
        assert_eq!(axis.fraction(75.0), Some(0.75));
        assert_eq!(axis.fraction(2.74), Some(0.0274));
        assert_eq!(nice_ceiling(5.576e6), 1e7);
        assert_eq!(nice_ceiling(1.6e9), 2e9);
        assert_eq!(nice_ceiling(0.0003), 5e-4);
    }

    #[test]
    fn log_axes_span_whole_decades_and_keep_small_bars_visible() {
        let axis = Axis::fit(
            &[Some(294_000.0), Some(5_576_000.0), Some(1.6e9)],
            Scale::Log,
        );
        assert_eq!(axis.ticks, vec![1e5, 1e6, 1e7, 1e8, 1e9, 1e10]);
        let r1 = axis.fraction(294_000.0).unwrap();
        assert!((r1 - 0.0937).abs() < 1e-3, "{r1}");
        assert_eq!(axis.fraction(0.0), None);
        assert_eq!(axis.fraction(f64::NAN), None);
        let single = Axis::fit(&[Some(1.0)], Scale::Log);
        assert!(single.max > single.min);
    }

    #[test]
    fn empty_or_zero_data_still_gives_a_drawable_axis() {
        for scale in [Scale::Linear, Scale::Log] {
            let axis = Axis::fit(&[None, Some(0.0)], scale);
            assert!(axis.max > axis.min && !axis.ticks.is_empty());
        }
    }
}
