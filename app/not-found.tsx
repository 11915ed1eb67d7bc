import Link from "next/link";

export default function NotFound() {
  return (
    <main className="auth-page">
      <div className="auth-panel card">
        <h1>Niet gevonden</h1>
        <p>Deze pagina bestaat niet, of je hebt er geen toegang toe.</p>
        <Link href="/" className="button">
          Naar de startpagina
        </Link>
      </div>
    </main>
  );
}
