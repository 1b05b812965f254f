//! Signing and keeping the signed plan; taking in the council's decision; the key-in-force
//! rule; all against an in-memory store with the clock fixed.

mod common;

use common::{confirm, council_key, joan, now, points, Counter};
use sds_app::signing::{
    accept_decision, changed_since, first_signer, sign_and_keep, signers, DecisionNotKept,
    NotSigned,
};
use sds_domain::date::CalendarDate;
use sds_domain::keeping::device::{Device, SaveError};
use sds_domain::keeping::{MemoryStore, Store, StoreError};
use sds_domain::plan::{Nominee, PlannedBy};
use sds_domain::signing::decision::{self, CouncilKey, PublishedKeys, Verdict};
use sds_domain::signing::sent::DecisionRefused;
use sds_domain::signing::signed_plan::{SignError, SignerRole};

fn device(store: &MemoryStore) -> Device<'_> {
    let entropy: &'static Counter = Box::leak(Box::default());
    Device::new(store, None, entropy, now())
}

/// Signs `plan` as Joan under the sample rules, at `now`, keeping it in `store`.
fn sign(
    store: &MemoryStore,
    plan: &sds_domain::plan::SupportPlan,
    now: Option<sds_domain::date::Timestamp>,
) -> Result<sds_domain::signing::signed_plan::Signed, NotSigned> {
    sign_and_keep(&device(store), plan, &points(), &joan_signs(), "en-GB", now)
}

fn joan_signs() -> Vec<sds_domain::signing::signed_plan::Signer> {
    signers(SignerRole::Person, " Joan Smith ", "", |role| {
        format!("I agree ({role:?})")
    })
}

fn published() -> Vec<CouncilKey> {
    vec![CouncilKey {
        public_key: council_key().public_key(),
        valid_from: CalendarDate::parse_iso("2026-01-01").unwrap(),
        valid_until: None,
    }]
}

/// The council's decision file confirming the plan with this digest.
fn confirmed(digest: &str) -> String {
    decision::decide(&confirm(digest), &council_key()).unwrap()
}

#[test]
fn the_first_signer_is_whoever_the_plan_is_made_by_or_for() {
    let mut plan = joan();
    plan.planned_by = PlannedBy::ThePerson;
    assert_eq!(first_signer(&plan), SignerRole::Person);
    plan.planned_by = PlannedBy::SomeoneElse;
    plan.nominee = None;
    assert_eq!(first_signer(&plan), SignerRole::Representative);
    plan.nominee = Some(Nominee::default());
    assert_eq!(first_signer(&plan), SignerRole::Nominee);
}

#[test]
fn a_witness_signs_beside_the_signer_only_when_named() {
    let alone = signers(SignerRole::Person, " Joan ", "  ", |_| "I agree".into());
    assert_eq!(alone.len(), 1);
    assert_eq!(alone[0].name, "Joan", "names are trimmed");
    let witnessed = signers(SignerRole::Nominee, "Sam", " Pat ", |role| {
        format!("{role:?}")
    });
    assert_eq!(witnessed.len(), 2);
    assert_eq!(witnessed[1].role, SignerRole::Witness);
    assert_eq!(witnessed[1].name, "Pat");
    assert_eq!(witnessed[1].text, "Witness");
    assert_eq!(witnessed[0].text, "Nominee");
}

#[test]
fn signing_keeps_the_signed_plan_with_one_key_for_the_device() {
    let store = MemoryStore::new();
    let plan = joan();
    let first = sign(&store, &plan, now()).unwrap();
    let sent = device(&store).sent(&plan.id).unwrap();
    assert_eq!(sent.entries.len(), 1);
    assert_eq!(sent.latest().unwrap().digest, first.digest);
    let key = device(&store).signing_key().unwrap();
    let mut changed = plan.clone();
    changed.what_matters.text.push_str(" And the garden.");
    let second = sign(&store, &changed, now()).unwrap();
    assert_ne!(first.digest, second.digest);
    assert_eq!(device(&store).sent(&plan.id).unwrap().entries.len(), 2);
    assert_eq!(
        device(&store).signing_key().unwrap().public_key(),
        key.public_key(),
        "one key"
    );
    assert!(first.text.contains(&key.public_key().hex()));
}

#[test]
fn nothing_is_kept_when_a_step_fails() {
    let plan = joan();
    // No clock.
    let store = MemoryStore::new();
    assert_eq!(sign(&store, &plan, None), Err(NotSigned::NoClock));
    assert!(device(&store).sent(&plan.id).unwrap().entries.is_empty());
    // A plan with something to fix.
    let mut unready = plan.clone();
    unready.supports.iter_mut().for_each(|s| s.costing = None);
    assert!(matches!(
        sign(&store, &unready, now()),
        Err(NotSigned::Refused(SignError::NotReady(_)))
    ));
    assert!(device(&store).sent(&plan.id).unwrap().entries.is_empty());
    // A store that keeps nothing: the key cannot be kept, so nothing is signed.
    let refusing = MemoryStore::unavailable();
    assert!(matches!(
        sign(&refusing, &plan, now()),
        Err(NotSigned::Key(_))
    ));
}

#[test]
fn a_store_that_fills_after_the_key_says_the_signed_plan_was_not_kept() {
    let plan = joan();
    // Room for the signing key, but not for a signed plan.
    let measure = MemoryStore::new();
    device(&measure).signing_key().unwrap();
    let used: usize = measure
        .keys()
        .unwrap()
        .iter()
        .map(|k| k.len() + measure.read(k).unwrap().unwrap().len())
        .sum();
    let store = MemoryStore::with_capacity(used + 100);
    assert_eq!(
        sign(&store, &plan, now()),
        Err(NotSigned::NotKept(SaveError::Store(StoreError::Full)))
    );
    assert!(device(&store).sent(&plan.id).unwrap().entries.is_empty());
}

#[test]
fn a_decision_on_a_plan_signed_here_is_kept_and_others_change_nothing() {
    let store = MemoryStore::new();
    let plan = joan();
    let signed = sign(&store, &plan, now()).unwrap();
    let keys = published();
    let northshire = PublishedKeys {
        council_id: "northshire",
        keys: &keys,
    };

    let elsewhere = confirmed(&"b".repeat(64));
    assert_eq!(
        accept_decision(&device(&store), &plan.id, &elsewhere, &northshire),
        Err(DecisionNotKept::Refused(DecisionRefused::OtherPlan {
            person: "Joan".into()
        }))
    );
    let before: Vec<String> = store.keys().unwrap();
    assert!(matches!(
        accept_decision(&device(&store), &plan.id, "not json", &northshire),
        Err(DecisionNotKept::Refused(DecisionRefused::NotVerified(_)))
    ));
    assert_eq!(store.keys().unwrap(), before);

    let kept = accept_decision(
        &device(&store),
        &plan.id,
        &confirmed(&signed.digest),
        &northshire,
    )
    .unwrap();
    assert!(kept.on_latest);
    assert_eq!(kept.decision.decision, Verdict::Confirmed);
    assert_eq!(
        device(&store).sent(&plan.id).unwrap(),
        kept.sent,
        "kept on the device"
    );

    // A decision on an earlier signed plan is kept, and said not to be on the latest.
    let mut changed = plan.clone();
    changed.what_matters.text.push_str(" More.");
    sign(&store, &changed, now()).unwrap();
    let again = accept_decision(
        &device(&store),
        &plan.id,
        &confirmed(&signed.digest),
        &northshire,
    )
    .unwrap();
    assert!(!again.on_latest);
}

#[test]
fn a_decision_signed_with_a_key_not_in_force_that_day_is_refused() {
    let store = MemoryStore::new();
    let plan = joan();
    let signed = sign(&store, &plan, now()).unwrap();
    let keys = vec![CouncilKey {
        public_key: council_key().public_key(),
        valid_from: CalendarDate::parse_iso("2027-01-01").unwrap(),
        valid_until: None,
    }];
    let northshire = PublishedKeys {
        council_id: "northshire",
        keys: &keys,
    };
    assert!(matches!(
        accept_decision(&device(&store), &plan.id, &confirmed(&signed.digest), &northshire),
        Err(DecisionNotKept::Refused(DecisionRefused::NotVerified(problems)))
            if problems.iter().any(|p| p.code == "key_not_in_force")
    ));
}

#[test]
fn a_plan_has_changed_since_signing_unless_only_its_last_saved_day_differs() {
    let plan = joan();
    let mut later = plan.clone();
    later.last_changed = CalendarDate::parse_iso("2027-02-02");
    assert!(!changed_since(&later, &plan));
    later.person.name.push('!');
    assert!(changed_since(&later, &plan));
}
