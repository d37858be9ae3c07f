// Who the tests' OpenID Connect provider knows (tests/support/oidc-provider.js), and the staff account an
// administrator made for one of them: data only, for the tests that sign in through the provider.

/**
 * The identities the provider knows, by the login typed in its form. `claire` has a staff account in the
 * tests (created there in another letter case); `inconnu` has none; `usurpateur` is someone who typed
 * Claire's address at a generic provider that did not check it (`email_verified: false`).
 */
export const IDENTITIES = {
	claire: {
		email: 'Claire.Martin@Interieur.gouv.fr',
		given_name: 'Claire',
		usual_name: 'Martin',
		uid: 'cm-5713',
		siret: '17570001900012',
		idp_id: 'fia1v2'
	},
	usurpateur: {
		email: 'claire.martin@interieur.gouv.fr',
		email_verified: false,
		given_name: 'Claire',
		usual_name: 'Martin',
		uid: 'us-6666',
		siret: '17570001900012',
		idp_id: 'fia1v2'
	},
	// Claire at a provider that puts a long claim in the id_token when asked (Keycloak's or Entra ID's groups).
	claireGroupes: {
		email: 'Claire.Martin@Interieur.gouv.fr',
		given_name: 'Claire',
		usual_name: 'Martin',
		uid: 'g'.repeat(4500),
		siret: '17570001900012',
		idp_id: 'fia1v2'
	},
	inconnu: {
		email: 'agent.inconnu@interieur.gouv.fr',
		given_name: 'Agent',
		usual_name: 'Inconnu',
		uid: 'ai-0001',
		siret: '17570001900012',
		idp_id: 'fia1v2'
	}
};

/**
 * Claire's staff account as an administrator made it: the provider's address in lower case, her site(s) to add.
 * @param {string} password
 */
export const claireStaff = (password = 'mot-de-passe-de-test-0000') => ({
	email: IDENTITIES.claire.email.toLowerCase(),
	password,
	passwordConfirm: password,
	name: 'Claire Martin',
	role: 'agent',
	verified: true
});
