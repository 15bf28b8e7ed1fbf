/** Backend paths the API client itself treats specially (kept apart from it so importing them costs no axios). */
export const REFRESH_TOKEN_PATH = '/auth/refresh_token';
