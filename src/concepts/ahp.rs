//! The analytic hierarchy process (层次分析法, AHP): weights from a pairwise
//! judgement matrix, and the check that the judgements hang together.
//!
//! A judgement `a[i][j]` says how much more important criterion `i` is than
//! `j` on Saaty's 1–9 scale (1 equal, 3 moderately, 5 strongly, 7 very
//! strongly, 9 extremely more important; 2, 4, 6, 8 between), and
//! `a[j][i] = 1 / a[i][j]`. The weights are the principal eigenvector of the
//! matrix, scaled to sum to 1; its eigenvalue `λmax` is `n` for perfectly
//! consistent judgements and grows with inconsistency. The consistency index
//! `CI = (λmax − n) / (n − 1)`, divided by the random index `RI(n)` (the mean
//! CI of random reciprocal matrices), gives the consistency ratio `CR`;
//! judgements with `CR > 0.1` should be revisited.

use std::fmt;

/// Saaty's random index RI(n) for n = 1..=15.
pub const RANDOM_INDEX: [f64; 15] = [
    0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/// Judgements with a consistency ratio above this should be revisited.
pub const CR_LIMIT: f64 = 0.1;

/// How far `a[i][j] · a[j][i]` may be from 1 (judgements typed as rounded
/// decimals, such as 0.333 for 1/3, are still reciprocal).
const RECIPROCAL_TOLERANCE: f64 = 0.01;

/// Why a matrix cannot be used.
#[derive(Clone, Debug, PartialEq)]
pub enum AhpError {
    /// No rows at all.
    Empty,
    /// Text the CSV reader cannot read, with its reason.
    Unreadable(String),
    /// Row `row` (1-based) has `found` entries instead of `expected`.
    NotSquare {
        row: usize,
        found: usize,
        expected: usize,
    },
    /// More criteria than the random index table covers.
    TooLarge(usize),
    /// An entry that is not a number or a fraction.
    NotANumber {
        row: usize,
        col: usize,
        text: String,
    },
    /// An entry that is zero, negative or not finite.
    NotPositive { row: usize, col: usize, value: f64 },
    /// A diagonal entry other than 1.
    Diagonal { row: usize, value: f64 },
    /// `a[i][j] · a[j][i]` is not 1.
    NotReciprocal {
        row: usize,
        col: usize,
        value: f64,
        mirror: f64,
    },
}

impl fmt::Display for AhpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AhpError::Empty => write!(f, "the matrix has no rows"),
            AhpError::Unreadable(why) => write!(f, "not readable as CSV: {why}"),
            AhpError::NotSquare {
                row,
                found,
                expected,
            } => write!(
                f,
                "the matrix is not square: row {row} has {found} entries, but there are {expected} rows"
            ),
            AhpError::TooLarge(n) => write!(
                f,
                "{n} criteria: at most 15 can be compared (the random index table ends there)"
            ),
            AhpError::NotANumber { row, col, text } => write!(
                f,
                "row {row}, column {col}: '{text}' is not a number or a fraction like 1/3"
            ),
            AhpError::NotPositive { row, col, value } => write!(
                f,
                "row {row}, column {col}: {value} is not positive (judgements are ratios, greater than 0)"
            ),
            AhpError::Diagonal { row, value } => write!(
                f,
                "row {row}, column {row}: a criterion compared with itself must be 1, not {value}"
            ),
            AhpError::NotReciprocal {
                row,
                col,
                value,
                mirror,
            } => write!(
                f,
                "not reciprocal: row {row}, column {col} is {value} but row {col}, column {row} is {mirror} (it should be {})",
                round6(1.0 / value)
            ),
        }
    }
}

impl std::error::Error for AhpError {}

fn round6(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// A checked pairwise judgement matrix: square, positive, reciprocal.
#[derive(Clone, Debug, PartialEq)]
pub struct Judgements {
    rows: Vec<Vec<f64>>,
}

/// What the AHP makes of a judgement matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct Priorities {
    /// The normalised principal eigenvector: one weight per criterion, summing to 1.
    pub weights: Vec<f64>,
    /// The principal eigenvalue.
    pub lambda_max: f64,
    /// Consistency index (λmax − n)/(n − 1); 0 for n ≤ 2.
    pub ci: f64,
    /// Random index RI(n).
    pub ri: f64,
    /// Consistency ratio CI/RI; 0 for n ≤ 2 (two judgements cannot disagree).
    pub cr: f64,
}

impl Priorities {
    /// Whether the judgements are consistent enough to use (CR ≤ 0.1).
    pub fn consistent(&self) -> bool {
        self.cr <= CR_LIMIT
    }
}

/// Reads one entry: a decimal (`0.5`, `3`) or a fraction (`1/3`).
pub fn parse_entry(text: &str) -> Option<f64> {
    let t = text.trim();
    let v = match t.split_once('/') {
        Some((a, b)) => {
            let (a, b): (f64, f64) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
            a / b
        }
        None => t.parse().ok()?,
    };
    Some(v)
}

impl Judgements {
    /// Checks `rows` as a judgement matrix.
    pub fn new(rows: Vec<Vec<f64>>) -> Result<Judgements, AhpError> {
        let n = rows.len();
        if n == 0 {
            return Err(AhpError::Empty);
        }
        for (i, r) in rows.iter().enumerate() {
            if r.len() != n {
                return Err(AhpError::NotSquare {
                    row: i + 1,
                    found: r.len(),
                    expected: n,
                });
            }
        }
        if n > RANDOM_INDEX.len() {
            return Err(AhpError::TooLarge(n));
        }
        for (i, r) in rows.iter().enumerate() {
            for (j, &v) in r.iter().enumerate() {
                if !(v.is_finite() && v > 0.0) {
                    return Err(AhpError::NotPositive {
                        row: i + 1,
                        col: j + 1,
                        value: v,
                    });
                }
            }
        }
        for (i, r) in rows.iter().enumerate() {
            if (r[i] - 1.0).abs() > 1e-9 {
                return Err(AhpError::Diagonal {
                    row: i + 1,
                    value: r[i],
                });
            }
            for j in i + 1..n {
                if (r[j] * rows[j][i] - 1.0).abs() > RECIPROCAL_TOLERANCE {
                    return Err(AhpError::NotReciprocal {
                        row: i + 1,
                        col: j + 1,
                        value: r[j],
                        mirror: rows[j][i],
                    });
                }
            }
        }
        Ok(Judgements { rows })
    }

    /// Reads a matrix as CSV text (the `csv` crate): one row per line,
    /// entries separated by commas (or semicolons, as a spreadsheet saves
    /// CSV where the comma is the decimal mark), tabs or spaces; decimals or
    /// fractions like `1/3`, quoted or not. Blank lines and lines starting
    /// with `#` are skipped.
    /// Native only: the command line reads matrix files; the page does not.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(text: &str) -> Result<Judgements, AhpError> {
        let text = text.trim_start_matches('\u{feff}');
        let delimiter = if text.contains(';') && !text.contains(',') {
            b';'
        } else {
            b','
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .comment(Some(b'#'))
            .trim(csv::Trim::All)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| AhpError::Unreadable(e.to_string()))?;
            // Spaces and tabs separate entries too (a matrix typed by hand).
            let row = record
                .iter()
                .flat_map(str::split_whitespace)
                .enumerate()
                .map(|(j, s)| {
                    parse_entry(s).ok_or_else(|| AhpError::NotANumber {
                        row: rows.len() + 1,
                        col: j + 1,
                        text: s.to_string(),
                    })
                })
                .collect::<Result<Vec<f64>, _>>()?;
            if !row.is_empty() {
                rows.push(row);
            }
        }
        Judgements::new(rows)
    }

    /// A matrix from its upper triangle (row by row, left to right, above the
    /// diagonal): the rest follows by reciprocity. Used by the page, where a
    /// person makes each judgement once.
    pub fn from_upper(n: usize, upper: &[f64]) -> Result<Judgements, AhpError> {
        let mut rows = vec![vec![1.0; n]; n];
        let cells = (0..n).flat_map(|i| (i + 1..n).map(move |j| (i, j)));
        let given = upper.iter().copied().chain(std::iter::repeat(1.0));
        for ((i, j), v) in cells.zip(given) {
            rows[i][j] = v;
            rows[j][i] = 1.0 / v;
        }
        Judgements::new(rows)
    }

    /// The number of criteria.
    pub fn size(&self) -> usize {
        self.rows.len()
    }

    /// The matrix.
    pub fn rows(&self) -> &[Vec<f64>] {
        &self.rows
    }

    /// Weights (principal eigenvector by power iteration, which converges
    /// for positive matrices), λmax, CI, RI and CR.
    pub fn priorities(&self) -> Priorities {
        let a = &self.rows;
        let n = a.len();
        let times = |x: &[f64]| -> Vec<f64> {
            a.iter()
                .map(|row| row.iter().zip(x).map(|(aij, xj)| aij * xj).sum())
                .collect()
        };
        let mut x = vec![1.0 / n as f64; n];
        for _ in 0..10_000 {
            let y = times(&x);
            let s: f64 = y.iter().sum();
            let next: Vec<f64> = y.iter().map(|v| v / s).collect();
            let change = next
                .iter()
                .zip(&x)
                .map(|(p, q)| (p - q).abs())
                .fold(0.0, f64::max);
            x = next;
            if change < 1e-15 {
                break;
            }
        }
        let ax = times(&x);
        let lambda_max = ax.iter().zip(&x).map(|(p, q)| p / q).sum::<f64>() / n as f64;
        let (ci, ri, cr) = if n <= 2 {
            (0.0, 0.0, 0.0)
        } else {
            let ci = ((lambda_max - n as f64) / (n as f64 - 1.0)).max(0.0);
            let ri = RANDOM_INDEX[n - 1];
            (ci, ri, ci / ri)
        };
        Priorities {
            weights: x,
            lambda_max,
            ci,
            ri,
            cr,
        }
    }
}

/// The values of Saaty's scale offered for one judgement, from "extremely
/// less important" (1/9) to "extremely more important" (9).
pub fn scale() -> Vec<f64> {
    let mut v: Vec<f64> = (2..=9).rev().map(|k| 1.0 / f64::from(k)).collect();
    v.extend((1..=9).map(f64::from));
    v
}

/// A judgement as it is written: `3`, `1/3`, or a decimal.
pub fn show_judgement(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round())
    } else if (1.0 / v - (1.0 / v).round()).abs() < 1e-9 {
        format!("1/{}", (1.0 / v).round())
    } else {
        format!("{}", round6(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol
    }

    /// Saaty (1990), "How to make a decision: the analytic hierarchy
    /// process", European Journal of Operational Research 48, 9–26, Table 2:
    /// a family's criteria for buying a house (size, transportation,
    /// neighbourhood, age, yard, modern facilities, general condition,
    /// financing), published weights .173 .054 .188 .018 .031 .036 .167 .333,
    /// λmax = 9.669, CI = 0.238, CR = 0.169 — an inconsistent example.
    #[cfg(not(target_arch = "wasm32"))]
    const SAATY_HOUSE: &str = "\
1,5,3,7,6,6,1/3,1/4
1/5,1,1/3,5,3,3,1/5,1/7
1/3,3,1,6,3,4,6,1/5
1/7,1/5,1/6,1,1/3,1/4,1/7,1/8
1/6,1/3,1/3,3,1,1/2,1/5,1/6
1/6,1/3,1/4,4,2,1,1/5,1/6
3,5,1/6,7,5,5,1,1/2
4,7,5,8,6,6,2,1
";

    #[cfg(not(target_arch = "wasm32"))] // reading files: native only
    #[test]
    fn saaty_house_example_gives_the_published_figures() {
        let p = Judgements::parse(SAATY_HOUSE).unwrap().priorities();
        let published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333];
        for (w, e) in p.weights.iter().zip(published) {
            assert!(close(*w, e, 0.0005), "{:?}", p.weights);
        }
        assert!(close(p.weights.iter().sum::<f64>(), 1.0, 1e-12));
        assert!(close(p.lambda_max, 9.669, 0.0005), "{}", p.lambda_max);
        assert!(close(p.ci, 0.238, 0.0005), "{}", p.ci);
        assert!(close(p.cr, 0.169, 0.0005), "{}", p.cr);
        assert!(!p.consistent());
    }

    #[cfg(not(target_arch = "wasm32"))] // reading files: native only
    #[test]
    fn a_consistent_matrix_has_lambda_n_and_cr_zero() {
        // Built from weights 4:2:1, so every judgement agrees.
        let j = Judgements::parse("1 2 4\n1/2 1 2\n0.25 0.5 1").unwrap();
        let p = j.priorities();
        for (w, e) in p.weights.iter().zip([4.0 / 7.0, 2.0 / 7.0, 1.0 / 7.0]) {
            assert!(close(*w, e, 1e-12));
        }
        assert!(close(p.lambda_max, 3.0, 1e-12));
        assert!(p.cr < 1e-9 && p.consistent());
    }

    #[test]
    fn the_models_loyalty_drivers_are_consistent() {
        let rows = crate::sim::loyalty::DRIVER_JUDGEMENTS
            .iter()
            .map(|r| r.to_vec())
            .collect();
        let p = Judgements::new(rows).unwrap().priorities();
        for (w, e) in p.weights.iter().zip(crate::sim::loyalty::DRIVER_WEIGHTS) {
            assert!(close(*w, e, 1e-4));
        }
        assert!(p.consistent(), "CR {}", p.cr);
    }

    #[cfg(not(target_arch = "wasm32"))] // reading files: native only
    #[test]
    fn bad_matrices_are_refused_with_the_place() {
        assert_eq!(Judgements::parse("# nothing\n\n"), Err(AhpError::Empty));
        assert!(matches!(
            Judgements::parse("1,2\n1/2,1,3"),
            Err(AhpError::NotSquare {
                row: 2,
                found: 3,
                expected: 2
            })
        ));
        assert!(matches!(
            Judgements::parse("1,x\n1,1"),
            Err(AhpError::NotANumber { row: 1, col: 2, .. })
        ));
        assert!(matches!(
            Judgements::parse("1,-2\n-1/2,1"),
            Err(AhpError::NotPositive { row: 1, col: 2, .. })
        ));
        assert!(matches!(
            Judgements::parse("1,0\n1,1"),
            Err(AhpError::NotPositive { .. })
        ));
        assert!(matches!(
            Judgements::parse("2,3\n1/3,1"),
            Err(AhpError::Diagonal { row: 1, .. })
        ));
        let e = Judgements::parse("1,3,1\n1/3,1,2\n1,2,1").unwrap_err();
        assert!(matches!(e, AhpError::NotReciprocal { row: 2, col: 3, .. }));
        assert!(e.to_string().contains("should be 0.5"), "{e}");
        // Rounded decimals are reciprocal enough.
        assert!(Judgements::parse("1;0.333\n3;1").is_ok());
        let big = vec![vec![1.0; 16]; 16];
        assert_eq!(Judgements::new(big), Err(AhpError::TooLarge(16)));
    }

    #[test]
    fn upper_triangle_fills_the_reciprocals() {
        let j = Judgements::from_upper(3, &[3.0, 5.0, 3.0]).unwrap();
        assert_eq!(j.rows()[2][0], 0.2);
        assert_eq!(j.rows()[1][0], 1.0 / 3.0);
        let p = j.priorities();
        // The common textbook example: weights ≈ .637 .258 .105, CR ≈ 0.033.
        for (w, e) in p.weights.iter().zip([0.637, 0.258, 0.105]) {
            assert!(close(*w, e, 0.0005), "{:?}", p.weights);
        }
        assert!(close(p.cr, 0.033, 0.0005), "{}", p.cr);
    }

    #[cfg(not(target_arch = "wasm32"))] // reading files: native only
    #[test]
    fn two_criteria_are_always_consistent() {
        let p = Judgements::parse("1 7\n1/7 1").unwrap().priorities();
        assert!(close(p.weights[0], 0.875, 1e-12));
        assert_eq!((p.ci, p.cr), (0.0, 0.0));
    }

    #[test]
    fn the_scale_runs_from_a_ninth_to_nine() {
        let s = scale();
        assert_eq!(s.len(), 17);
        assert_eq!(show_judgement(s[0]), "1/9");
        assert_eq!(show_judgement(s[8]), "1");
        assert_eq!(show_judgement(s[16]), "9");
        assert_eq!(show_judgement(0.25), "1/4");
    }
}
