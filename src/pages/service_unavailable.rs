//! Shown instead of the service when the council's configuration cannot be used: a plain
//! message for the public and the exact problems for the council's web team.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ServiceUnavailableProps {
    pub problems: Vec<String>,
}

#[component]
pub fn ServiceUnavailable(props: &ServiceUnavailableProps) -> Html {
    html! {
        <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content">
                <div class="govuk-grid-row">
                    <div class="govuk-grid-column-two-thirds">
                        <h1 class="govuk-heading-l">{ "Sorry, this service is not available" }</h1>
                        <p class="govuk-body">
                            { "The council's settings for this service could not be read. Please \
                               try again later, or contact your council's adult social care team." }
                        </p>
                        <p class="govuk-body">{ "Any plans you have started are still on this device." }</p>
                        <details class="govuk-details">
                            <summary class="govuk-details__summary">
                                <span class="govuk-details__summary-text">{ "Information for the council's web team" }</span>
                            </summary>
                            <div class="govuk-details__text">
                                <ul class="govuk-list govuk-list--bullet">
                                    { for props.problems.iter().map(|problem| html! { <li>{ problem }</li> }) }
                                </ul>
                            </div>
                        </details>
                    </div>
                </div>
            </main>
        </div>
    }
}
