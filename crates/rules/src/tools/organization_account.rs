//! Cloud services › "What is a Microsoft Organization Account?" An entry that
//! explains a term rather than answering "may I…?", told in the project's
//! own words.

use crate::faq::{
    Section, ORGANIZATION_ACCOUNT as ORGANIZATION_ACCOUNT_ENTRY, ORGANIZATION_ACCOUNT_CREATED,
    ORGANIZATION_ACCOUNT_DETAILS, ORGANIZATION_ACCOUNT_SAME_ADMIN, ORGANIZATION_ACCOUNT_WHAT,
};
use crate::model::{Tool, ToolKind};
use crate::statement::{faq, start_line, Basis};

pub static ORGANIZATION_ACCOUNT: Tool = Tool {
    id: "organization-account",
    section: Section::CloudServices,
    title: "Organization Account",
    asks: "What is a Microsoft Organization Account, and when is it created?",
    summary: start_line(
        "The account your organization uses for Microsoft's cloud services.",
        Basis::Faq(&[&ORGANIZATION_ACCOUNT_WHAT]),
    ),
    faq: &ORGANIZATION_ACCOUNT_ENTRY,
    kind: ToolKind::Explainer(&[
        faq(
            "An Organization Account, also called a Microsoft Account for Organizations, is how your organization reaches Microsoft's cloud services.",
            &[&ORGANIZATION_ACCOUNT_WHAT],
        ),
        faq(
            "It is created the first time your organization signs up for a Microsoft cloud service such as Office 365, Windows Intune or Azure Active Directory, or signs up for Azure as an organization.",
            &[&ORGANIZATION_ACCOUNT_CREATED],
        ),
        faq(
            "That sign-up asks for your organization's details and its Internet domain name registration.",
            &[&ORGANIZATION_ACCOUNT_DETAILS],
        ),
        faq(
            "After the first sign-up, Microsoft recommends going on with the tenant administrator account your organization received then.",
            &[&ORGANIZATION_ACCOUNT_SAME_ADMIN],
        ),
    ]),
};
