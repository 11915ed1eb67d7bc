"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="auth-page">
      <div className="auth-panel card" role="alert">
        <h1>Er ging iets mis</h1>
        <p>Er ging iets mis aan onze kant. Je gegevens zijn niet verloren. Probeer het opnieuw.</p>
        <button type="button" className="button" onClick={reset}>
          Opnieuw proberen
        </button>
      </div>
    </main>
  );
}
