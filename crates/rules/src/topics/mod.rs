//! The topics: one file each, reading like the FAQ entry it encodes. The
//! list of them is in [`crate::catalog`].

pub mod activation;
pub mod cloud_tokens;
pub mod downgrade;
pub mod kms;
pub mod msdn;
pub mod o365_mix;
pub mod o365_switch;
pub mod sharing;
pub mod toolkit;
pub mod upgrade;
