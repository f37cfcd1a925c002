//! Calendar dates: exactly what the rules need (parse, compare, add months,
//! count days), so no date crate has to earn its bytes in the wasm.

use std::fmt;

/// The years a date typed or linked by a person may have. Wide enough for any
/// real program year, narrow enough that a typo such as 2-0255 is caught.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2199;

/// A day of the proleptic Gregorian calendar in the years 1 to 9999; the only
/// ways to make one check that it exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order makes the derived ordering chronological.
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a date, in words a person can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form YYYY-MM-DD.
    Format,
    /// Month outside 1..=12 or a day the month does not have (30 February).
    NoSuchDay,
    /// Outside [`MIN_YEAR`]..=[`MAX_YEAR`] (input) or 1..=9999 (arithmetic).
    OutOfRange,
}

impl DateError {
    pub fn explain(self) -> &'static str {
        match self {
            DateError::Format => "is not a date written as YYYY-MM-DD (for example 2025-03-31)",
            DateError::NoSuchDay => "is not a day of the calendar",
            DateError::OutOfRange => "is outside the years 1900 to 2199",
        }
    }
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// 1970-01-01: a valid date to fall back on when a clock gives nonsense.
    pub const UNIX_EPOCH: Date = Date { year: 1970, month: 1, day: 1 };

    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay);
        }
        if !(1..=9999).contains(&year) {
            return Err(DateError::OutOfRange);
        }
        Ok(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`, the contract's form and what an
    /// `<input type="date">` gives.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let digits_at = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = bytes.get(range)?;
            part.iter().try_fold(0u32, |acc, b| b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0')))
        };
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return Err(DateError::Format);
        }
        match (digits_at(0..4), digits_at(5..7), digits_at(8..10)) {
            // All three fit easily: 4 and 2 digits.
            (Some(y), Some(m), Some(d)) => {
                let date = Date::new(y as i32, m as u8, d as u8)?;
                if (MIN_YEAR..=MAX_YEAR).contains(&date.year) {
                    Ok(date)
                } else {
                    Err(DateError::OutOfRange)
                }
            }
            _ => Err(DateError::Format),
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// The same day `months` later; a day the target month lacks becomes that
    /// month's last day (29 February + 12 months = 28 February). `None` only
    /// past the year 9999.
    pub fn add_months(self, months: u32) -> Option<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day).ok()
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's
    /// `days_from_civil`.
    fn day_number(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after (or, negative, before) this one; `None` outside
    /// the years 1 to 9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_day_number(self.day_number().checked_add(days)?)
    }

    /// The inverse of [`Date::day_number`], after Howard Hinnant's `civil_from_days`.
    fn from_day_number(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// For people: "1 March 2026".
    pub fn long(self) -> String {
        let name = MONTH_NAMES.get(usize::from(self.month).wrapping_sub(1)).copied().unwrap_or("?");
        format!("{} {} {}", self.day, name, self.year)
    }
}

/// How a period stands, seen from a day `days_left` before its last day, in
/// words that hold whichever day that is (the date shown beside them may be
/// a link's `as-of`, not today): "it is the last day", "3 days are left",
/// or (once over) "<ended> 2 days before".
pub fn countdown(days_left: i64, ended: &str) -> String {
    match days_left {
        0 => "it is the last day".to_owned(),
        1 => "1 day is left".to_owned(),
        n @ 2.. => format!("{n} days are left"),
        -1 => format!("{ended} the day before"),
        n => format!("{ended} {} days before", n.unsigned_abs()),
    }
}

/// The contract's form, YYYY-MM-DD.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_the_contract_form_only() {
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        for bad in [
            "",
            "2024-2-29",
            "20240229",
            "2024/02/29",
            "2024-02-29 ",
            "+024-02-29",
            "２０２４-02-29",
            "2024-02x29",
            "2024x02-29",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::Format), "{bad:?}");
        }
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        for bad in ["2023-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31", "2025-01-00"] {
            assert_eq!(Date::parse(bad), Err(DateError::NoSuchDay), "{bad:?}");
        }
        assert_eq!(Date::parse("1899-12-31"), Err(DateError::OutOfRange));
        assert_eq!(Date::parse("2200-01-01"), Err(DateError::OutOfRange));
        assert!(Date::parse("2000-02-29").is_ok(), "2000 is a leap year");
        assert_eq!(Date::parse("2100-02-29"), Err(DateError::NoSuchDay), "2100 is not");
    }

    #[test]
    fn gives_its_parts() {
        let day = d("2026-11-28");
        assert_eq!((day.year(), day.month(), day.day()), (2026, 11, 28));
    }

    #[test]
    fn adding_months_clamps_to_the_end_of_the_month() {
        assert_eq!(d("2024-02-29").add_months(12), Some(d("2025-02-28")));
        assert_eq!(d("2023-02-28").add_months(12), Some(d("2024-02-28")));
        assert_eq!(d("2025-01-31").add_months(1), Some(d("2025-02-28")));
        assert_eq!(d("2024-01-31").add_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2025-03-31").add_months(12), Some(d("2026-03-31")));
        assert_eq!(d("2025-08-31").add_months(6), Some(d("2026-02-28")));
        assert_eq!(d("2025-12-15").add_months(1), Some(d("2026-01-15")));
        assert_eq!(d("2199-06-01").add_months(12), Date::new(2200, 6, 1).ok());
        assert_eq!(Date::new(9999, 6, 1).unwrap().add_months(12), None);
    }

    #[test]
    fn counts_days_across_leap_years() {
        assert_eq!(d("2024-02-28").days_until(d("2024-03-01")), 2);
        assert_eq!(d("2023-02-28").days_until(d("2023-03-01")), 1);
        assert_eq!(d("2025-03-01").days_until(d("2024-03-01")), -365);
        assert_eq!(d("1970-01-01").day_number(), 0);
        assert_eq!(d("2000-03-01").day_number(), 11_017);
    }

    #[test]
    fn adds_days_across_month_year_and_leap_days() {
        assert_eq!(d("2024-02-28").add_days(1), Some(d("2024-02-29")));
        assert_eq!(d("2024-02-29").add_days(1), Some(d("2024-03-01")));
        assert_eq!(d("2025-12-31").add_days(1), Some(d("2026-01-01")));
        assert_eq!(d("2026-01-01").add_days(-1), Some(d("2025-12-31")));
        assert_eq!(d("1970-01-01").add_days(0), Some(d("1970-01-01")));
        assert_eq!(Date::new(9999, 12, 31).unwrap().add_days(1), None);
        assert_eq!(Date::new(1, 1, 1).unwrap().add_days(-1), None);
        // Late in a 400-year cycle, where the century corrections apply.
        assert_eq!(d("2150-06-15").add_days(1), Some(d("2150-06-16")));
        assert_eq!(d("2199-12-31").add_days(1), Date::new(2200, 1, 1).ok());
        assert_eq!(Date::new(2399, 12, 31).unwrap().add_days(1), Date::new(2400, 1, 1).ok());
        for n in [-700_000_i64, -1, 0, 1, 59, 365, 1_000_000] {
            let day = d("2000-02-29").add_days(n).unwrap();
            assert_eq!(d("2000-02-29").days_until(day), n, "{n}");
        }
    }

    #[test]
    fn every_day_of_a_400_year_cycle_is_the_day_after_the_one_before() {
        // Every correction of the calendar (leap years, centuries, the 400th
        // year) recurs within one cycle; the first days of a March-based year
        // are where a wrong century correction shows.
        let start = d("2000-02-28");
        let mut previous = start;
        for n in 1..=146_097 {
            let day = start.add_days(n).unwrap();
            assert_eq!(day.day_number(), start.day_number() + n, "{n}");
            assert!(day > previous, "{} after {}", day.long(), previous.long());
            previous = day;
        }
        assert_eq!(previous, Date::new(2400, 2, 28).unwrap());
    }

    #[test]
    fn orders_chronologically_and_reads_well() {
        assert!(d("2025-12-31") < d("2026-01-01"));
        assert!(d("2026-01-31") > d("2026-01-30"));
        assert_eq!(d("2026-03-01").long(), "1 March 2026");
    }
}
