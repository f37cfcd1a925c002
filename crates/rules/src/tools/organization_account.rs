//! Information pages: FAQ entries that answer "what is…?" rather than
//! "may I…?", told in our own words.

use crate::faq::{Section, ORGANIZATION_ACCOUNT as ORGANIZATION_ACCOUNT_ENTRY};
use crate::model::{Tool, ToolKind};

pub static ORGANIZATION_ACCOUNT: Tool = Tool {
    id: "organization-account",
    section: Section::CloudServices,
    title: "Organization Account",
    asks: "What is a Microsoft Organization Account, and when is it created?",
    summary: "The account your organization uses for Microsoft's cloud services.",
    faq: &ORGANIZATION_ACCOUNT_ENTRY,
    kind: ToolKind::Explainer(&[
        "An Organization Account (also called a Microsoft Account for Organizations) is the account through which your organization reaches Microsoft's cloud services. It belongs to the organization, not to one person.",
        "It is created the first time your organization signs up for a Microsoft cloud service, such as Azure Active Directory, Office 365 or Windows Intune, or signs up for Azure as an organization. That sign-up asks for your organization's details and its Internet domain name registration.",
        "After the first sign-up, keep using the tenant administrator account your organization received then for every further service: that is Microsoft's recommendation, and it keeps all services on one tenant.",
    ]),
};
